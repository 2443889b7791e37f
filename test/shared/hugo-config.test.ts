// The pure half of reading a Hugo site config: each format parsed (errors placed by line and column), a config
// folder's file placed under its key, layers merged as Hugo merges them, and the settings the app reads.
import { describe, expect, it } from 'vitest'
import { configDirKeyPath, describeProblem, mergeConfig, nestUnder, parseConfigFile, siteSettings } from '../../src/shared/hugo-config'

describe('parseConfigFile', () => {
  it.each([
    ['hugo.toml', 'baseURL = "https://radio.example/"\nenableEmoji = true\n[Params]\n  Subtitle = "x"\n', { baseurl: 'https://radio.example/', enableemoji: true, params: { subtitle: 'x' } }],
    ['hugo.yaml', 'baseURL: https://radio.example/\nenableEmoji: yes\ntimeZone: Asia/Tokyo\n', { baseurl: 'https://radio.example/', enableemoji: true, timezone: 'Asia/Tokyo' }],
    ['config.yml', 'menus:\n  main:\n    - Name: Home\n', { menus: { main: [{ name: 'Home' }] } }],
    ['hugo.json', '{"baseURL": "/", "Languages": {"JA": {"contentDir": "content/ja"}}}', { baseurl: '/', languages: { ja: { contentdir: 'content/ja' } } }],
    ['hugo.toml', '', {}],
    ['hugo.yaml', '# only a comment\n', {}]
  ])('%s %j', (file, text, data) => {
    expect(parseConfigFile(file, text)).toEqual({ data })
  })

  it.each([
    ['hugo.toml', 'title = "Radio"\nb = [\n', 3, 1, /^not valid TOML: /],
    ['hugo.toml', 'title = "Radio\n', 1, 15, /^not valid TOML: /],
    ['hugo.yaml', 'title: Radio\nparams: [\n', 3, 1, /^not valid YAML: /],
    ['hugo.yaml', 'title: a\ntitle: b\n', 2, 1, /^not valid YAML: .*unique/i],
    ['hugo.json', '{\n  "title": "Radio",\n}', 3, 1, /^not valid JSON: /],
    ['hugo.json', '{"title": ', 1, 11, /^not valid JSON: /],
    ['hugo.toml', '', 1, 1, null],
    ['hugo.yaml', '- a\n- b\n', 1, 1, /must hold settings/],
    ['hugo.json', '"just a string"', 1, 1, /must hold settings/]
  ])('a bad %s is a problem at its line and column: %j', (file, text, line, column, message) => {
    const parsed = parseConfigFile(file, text)
    if (message === null) return expect(parsed.problem).toBeUndefined()
    expect(parsed.problem).toMatchObject({ file, line, column })
    expect(parsed.problem!.message).toMatch(message)
    // The offset points at the same place as line:column.
    const lines = text.slice(0, parsed.problem!.offset).split('\n')
    expect([lines.length, lines[lines.length - 1].length + 1]).toEqual([line, column])
  })

  it('names the place the way compilers do', () => {
    const { problem } = parseConfigFile('config/_default/params.toml', 'a = 1\nb = = 2\n')
    expect(describeProblem(problem!)).toMatch(/^config\/_default\/params\.toml:2:\d+: not valid TOML: /)
  })
})

describe('configDirKeyPath', () => {
  it.each([
    ['hugo.toml', []],
    ['config.yaml', []],
    ['params.toml', ['params']],
    ['Params.TOML', ['params']],
    ['languages.yaml', ['languages']],
    ['permalinks.json', ['permalinks']],
    ['menus.ja.toml', ['languages', 'ja', 'menus']],
    ['menu.en.toml', ['languages', 'en', 'menus']],
    ['params.ja.yaml', ['languages', 'ja', 'params']],
    ['config.ja.toml', ['languages', 'ja']],
    ['hugo.ja.toml', ['languages', 'ja']]
  ])('%s → %j', (name, path) => {
    expect(configDirKeyPath(name)).toEqual(path)
  })
})

describe('mergeConfig', () => {
  it('merges maps key by key and lets a later layer win for anything else', () => {
    const root = { title: 'Root', params: { a: 1, b: 2 }, theme: ['x', 'y'] }
    const dir = mergeConfig(root, nestUnder(['params'], { b: 3, c: 4 }))
    const env = mergeConfig(dir, { theme: ['z'], baseurl: 'https://prod/' })
    expect(env).toEqual({ title: 'Root', params: { a: 1, b: 3, c: 4 }, theme: ['z'], baseurl: 'https://prod/' })
    expect(root.params).toEqual({ a: 1, b: 2 }) // layers are not changed in place
  })

  it('puts a language file under its language', () => {
    expect(nestUnder(['languages', 'ja', 'params'], { subtitle: 'jp' })).toEqual({ languages: { ja: { params: { subtitle: 'jp' } } } })
  })
})

describe('siteSettings', () => {
  it('has Hugo’s defaults for an empty config', () => {
    expect(siteSettings({})).toEqual({
      baseURL: '',
      title: '',
      contentDir: 'content',
      languageContentDirs: [],
      timeZone: undefined,
      themes: [],
      moduleImports: [],
      languageCode: '',
      defaultContentLanguage: '',
      enableEmoji: false,
      permalinks: undefined,
      uglyURLs: false,
      disablePathToLower: false
    })
  })

  it('reads the settings the app uses', () => {
    const settings = siteSettings({
      baseurl: 'https://radio.example/',
      contentdir: './src/en/',
      languages: { en: { weight: 1 }, ja: { contentdir: 'src/ja' } },
      timezone: 'Asia/Tokyo',
      theme: 'academic',
      enableemoji: true,
      permalinks: { talk: '/episodes/:slug/', broken: 3 },
      uglyurls: true
    })
    expect(settings).toMatchObject({
      baseURL: 'https://radio.example/',
      contentDir: 'src/en',
      languageContentDirs: ['src/ja'],
      timeZone: 'Asia/Tokyo',
      themes: ['academic'],
      enableEmoji: true,
      permalinks: { talk: '/episodes/:slug/' },
      uglyURLs: true
    })
  })

  it.each([
    [{ enableemoji: 'true' }, false], // a string is not Hugo's boolean
    [{ enableemoji: true }, true],
    [{ theme: ['a', '', 'b'] }, ['a', 'b']],
    [{ contentdir: '  ' }, 'content']
  ])('%j', (config, expected) => {
    const s = siteSettings(config)
    const key = 'enableemoji' in config ? 'enableEmoji' : 'theme' in config ? 'themes' : 'contentDir'
    expect(s[key]).toEqual(expected)
  })
})
