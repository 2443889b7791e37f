// Invented episodes in the shapes hosts write (Academic talk archetype, TOML, JSON), used by the front matter tests.

/** An Academic-style talk page: comments, commented-out keys, empty values, nested maps, dates with offsets. */
export const talkEpisode = `---
# Documentation: https://example.org/docs/managing-content/

title: "#7 Tea, trains and timetables"
event:
event_url:
location: 'Kyoto Station'
address:
  street:
  city: Kyoto
  postcode: "600-8216"
summary: "We talk about night trains.<br/>And tea."
abstract: plain words here

# Talk start and end times.
#   End time can optionally be hidden by prefixing the line with \`#\`.
date: 2022-04-01T20:30:00+09:00
#date_end: 2022-04-01T21:30:00+09:00
all_day: false
answer: no

authors: [hana, "ken"]
tags: []

# Featured image
image:
  caption: "" # shown under the picture
  focal_point: Smart
  preview_only: false

# Custom links (optional).
# links:
# - name: Follow
#   url: https://example.org

slides: ""
projects: []
---

<iframe src="https://anchor.fm/example/embed/episodes/seven" height="102px" width="400px"></iframe>

* Night trains   
  - tea
`

export const tomlEpisode = `+++
title = "Episode 12: Pipelines"
date = 2019-05-04T09:00:00-05:00 # recorded on a Saturday
lastmod = 2019-05-06
draft = false
weight = 12
explicit = 'no'
guests = ["ana", "bo"] # file names of the guests
#subtitle = ""
image = { caption = "Cover", focal = "Center" }

[params]
sponsor = "Acme"
+++
Show notes for episode 12.
`

export const jsonEpisode = `
{
  "title": "Fixing the feed",
  "date": "2018-02-03T10:00:00",
  "tags": ["rss"],
  "params": { "color": "red" },
  "draft": true
}

The feed broke again.
`
