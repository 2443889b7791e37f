// The built-in template for a new episode when the site has no archetype: a `talk` page as the Academic /
// Wowchemy themes read it, with comments that explain each field to the host.
export const builtInTalkTemplate = `---
# A podcast episode, kept as a Hugo \`talk\` page. Lines starting with # are notes; Hugo ignores them.

title: ""
event:
event_url:
location:
address:
  street:
  city:
  region:
  postcode:
  country:

# A sentence or two for episode lists and link previews.
summary:
abstract:

# When the episode was recorded or went out. Remove the # before date_end to show an end time.
date: {{ .Date }}
# date_end: {{ .Date }}
all_day: false

# When the page appears on the site (a date in the future keeps it hidden until then).
publishDate: {{ .Date }}

authors: []
tags: []

# Show it among the featured talks? (true/false)
featured: false

# Cover image: put a file named featured.jpg or featured.png into this episode's folder.
# Focal points: Smart, Center, TopLeft, Top, TopRight, Left, Right, BottomLeft, Bottom, BottomRight.
image:
  caption: ""
  focal_point: ""
  preview_only: false

# Buttons with extra links. Remove the # signs to use them.
# links:
# - name: Transcript
#   url: transcript.pdf
#   icon_pack: fas
#   icon: file-alt

# A file in this episode's folder, or a URL.
url_slides:
url_code:
url_pdf:
url_video:

# Markdown slides: a file name under content/slides/ without its extension, or "".
slides: ""

# Projects this episode belongs to (folder names under content/project/).
projects: []

draft: true
---

<!-- Paste the player's embed code here (anchor.fm, Spotify, YouTube …). -->

## Topics

- 

## Links

- 
`
