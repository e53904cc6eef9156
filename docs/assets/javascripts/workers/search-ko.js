/*
 * Korean search worker: wraps Material's own search worker (lunr), see hooks/search.py.
 *
 * Material talks to its worker with four messages: SETUP (index), READY, QUERY (string) and
 * RESULT (groups of scored sections). This wrapper speaks the same protocol, so Material's search
 * UI, keyboard shortcuts, highlighting and search.share links work unchanged. It adds:
 *
 * - loading on demand: the page's SETUP carries only the config; Material's worker and the
 *   documents (search/search_docs.json) load when the reader opens search (a message on the
 *   "aws-note-search" BroadcastChannel from assets/javascripts/search-ko.js) or first types;
 * - Korean queries: a particle or ending is dropped when the bare word is in the index
 *   (인스턴스에서 → 인스턴스), a compound typed without spaces is split into indexed words
 *   (가용영역 → 가용 영역), a number typed against its unit is split (1MB → 1 MB), a noun typed
 *   as a verb loses its ending (유출됐을때 → 유출), an English name typed in Hangul that no
 *   synonym lists is matched by its consonants (그래비톤 → graviton), and a term
 *   also searches for its synonyms (glossary and
 *   includes/synonyms.txt: 람다 → Lambda, visibility timeout → 가시성 제한 시간);
 * - ranking: a section whose heading (with its page title) covers the query comes first, and
 *   the closer the heading is to the query, the higher; passing mentions in the text come after.
 *   A section that has the words as typed, side by side ("Missing Authentication Token") or an
 *   API name whole ("ClientRequestToken"), goes up.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3

// Particles and endings, longest first, so 에서 is tried before 서 and 으로 before 로.
const ENDINGS = [
  "에서는", "에서도", "에서의", "으로는", "으로도", "으로의", "이라는", "이라고", "에게서", "하려면",
  "에서", "에게", "한테", "으로", "로서", "로써", "부터", "까지", "마다", "처럼", "보다", "이나",
  "이란", "이랑", "라는", "과의", "와의", "에는", "에도", "하는", "하면", "하기", "되는", "되면",
  "의", "을", "를", "이", "가", "은", "는", "에", "로", "와", "과", "도", "만", "나", "란", "랑", "된"
]
// A noun made a verb with 하다, 되다 or 시키다, typed conjugated: 유출됐을때, 업로드되면, 삭제하려면.
// The syllables that begin such an ending, after the noun.
const PREDICATE = /^(하|되|됐|했|해|돼|할|될|한|된|함|됨|합|됩|시키|시킨|시켜|시킬|시켰)/
const HANGUL = /[\uac00-\ud7a3]/
// lunr query syntax typed on purpose: leave the query alone. A colon counts only after a field name:
// aws:SecureTransport and kms:ViaService are IAM condition keys, not lunr fields.
const SYNTAX = /(^|\s)[+-]|[*~^"]|(^|\s)(title|text|tags):/
const CHANNEL = "aws-note-search"

const reply = self.postMessage.bind(self)
let setup = null                          // Material's SETUP data: config (no documents) and options
let engine = null                         // Promise of the loaded search, see start()

/* ----------------------------------------------------------------------------
 * Loading
 * ------------------------------------------------------------------------- */

// Load Material's worker without letting it listen: its message handler is kept and called with
// the messages this wrapper decides to send, and its answers come back through postMessage.
function captureMaterial(script) {
  let handler = null
  const listen = self.addEventListener
  self.addEventListener = (type, fn, ...rest) =>
    type === "message" ? (handler = fn) : listen.call(self, type, fn, ...rest)
  try {
    importScripts(script)
  } finally {
    self.addEventListener = listen
  }
  if (!handler)
    throw new Error(`${script} registered no message handler`)
  const waiting = []
  self.postMessage = message => waiting.shift()(message)
  return message => new Promise(resolve => {
    waiting.push(resolve)
    handler({ data: message })
  })
}

async function start() {
  const { config } = setup
  const response = await fetch(new URL(`../../../search/${config.docs}`, self.location))
  const { docs, synonyms } = await response.json()
  const material = captureMaterial(config.worker)
  // rerank() does the heading-first ranking itself; lunr's title boost of 1000 would drown it
  const fields = { ...config.fields, title: { boost: 10 } }
  await material({ type: SETUP, data: { ...setup, config: { ...config, fields }, docs } })
  return {
    material,
    separator: new RegExp(config.separator),
    words: vocabulary(docs, new RegExp(config.separator)),
    texts: new Map(docs.map(doc => [doc.location, `${doc.title} ${doc.text}`.toLowerCase()])),
    synonyms: synonymMap(synonyms, new RegExp(config.separator))
  }
}

function load() {
  if (!setup)
    return Promise.reject(new Error("search is not set up yet"))
  if (!engine)
    engine = start().catch(error => {
      engine = null
      throw error
    })
  return engine
}

/* ----------------------------------------------------------------------------
 * Korean query handling
 * ------------------------------------------------------------------------- */

function key(text) {
  return text.toLowerCase().replace(/[\s\-_]+/g, "")
}

function bare(word) {
  for (const ending of ENDINGS)
    if (word.length - ending.length >= 2 && word.endsWith(ending))
      return word.slice(0, -ending.length)
  return word
}

// 유출됐을때 → 유출: the longest indexed noun followed by a 하다/되다/시키다 ending, or null.
function predicateStem(word, words) {
  for (let cut = word.length - 1; cut >= 2; cut--)
    if (PREDICATE.test(word.slice(cut)) && words.whole.has(word.slice(0, cut)))
      return word.slice(0, cut)
  return null
}

// As lunr tokenises: split first (the separator splits camel case, CloudWatch → cloud watch), then
// lower-case.
function tokens(text, separator) {
  return text.split(separator).filter(Boolean).map(token => token.toLowerCase())
}

function vocabulary(docs, separator) {
  const exact = new Set()
  const sections = new Map()                                            // English word → sections with it
  for (const doc of docs)
    for (const token of new Set(tokens(`${doc.title} ${doc.text}`, separator))) {
      exact.add(token)
      if (/^[a-z]{4,}$/.test(token))
        sections.set(token, (sections.get(token) || 0) + 1)
    }
  const whole = new Set(exact)
  for (const token of exact)
    whole.add(bare(token))
  const sounds = new Map()                                    // consonant skeleton → English words, most used first
  for (const [word] of [...sections].sort((a, b) => b[1] - a[1]))
    for (const form of word.endsWith("s") ? [word, word.slice(0, -1)] : [word]) {
      const skeleton = englishSkeleton(form)
      if (skeleton.length >= 3)
        sounds.set(skeleton, [...(sounds.get(skeleton) || []), word])
    }
  return { exact, whole, sorted: [...exact].sort(), sounds }
}

/* An English name typed in Hangul (그래비톤, 액셀러레이터, 래빗엠큐) is found by its consonants: both
 * spellings are reduced to classes of consonant sounds (K: g k c q, T: d t, P: b p v f, S: s z j ch
 * sh th and soft c/g, R: l r, M, N), vowels and h dropped, repeats merged, and an r that English
 * does not pronounce before a consonant or at the end dropped, as Korean spelling drops it
 * (accelerator → KSRT, 액셀러레이터 → KSRT). Only for words of three syllables or more that nothing
 * else explains, and only on a skeleton of four classes or more (three for a word of four syllables
 * or more, matched to an English word of six letters or more): short ones match too much. */
const INITIAL = ["K", "K", "N", "T", "T", "R", "M", "P", "P", "S", "S", "", "S", "S", "S", "K", "T", "P", ""]
const FINAL = ["", "K", "K", "K", "N", "N", "N", "T", "R", "K", "M", "P", "R", "R", "P", "R", "M", "P", "P",
  "T", "T", "N", "T", "T", "K", "T", "P", ""]                          // the 27 final consonants

function hangulSkeleton(word) {
  let out = ""
  for (const char of word) {
    const code = char.charCodeAt(0) - 0xac00
    if (code < 0 || code >= 11172)
      return ""
    out += INITIAL[Math.floor(code / 588)] + FINAL[code % 28]
  }
  return out.replace(/(.)\1+/g, "$1")
}

const LETTER = { b: "P", p: "P", v: "P", f: "P", c: "K", k: "K", g: "K", q: "K", d: "T", t: "T", s: "S",
  z: "S", j: "S", l: "R", r: "R", m: "M", n: "N" }

function englishSkeleton(word) {
  const spoken = word.replace(/ph/g, "f").replace(/th|sh|ch/g, "s").replace(/[st]i(?=on)/g, "s")
    .replace(/dg(?=e)/g, "s").replace(/[cg](?=[eiy])/g, "s").replace(/x/g, "ks").replace(/qu/g, "k")
    .replace(/ng/g, "n").replace(/r(?![aeiouy])/g, "")
  return [...spoken].map(letter => LETTER[letter] || "").join("").replace(/(.)\1+/g, "$1")
}

// A Korean verb form, not a name: a past or future stem inside (열었는지, 늘렸는데) or a verb ending
// last (걸리는데, 보내면, 바꾸려고)
const VERB_FORM = /[었았였했됐겠렸]|[데요까고면게니죠네는을를던든며]$/

// 그래비톤 → [graviton]: the English words of the pages that sound like it, most used first (two at most).
function soundsLike(word, words) {
  const skeleton = word.length >= 3 && !VERB_FORM.test(word) ? hangulSkeleton(word) : ""
  const short = skeleton.length === 3
  if (skeleton.length < 3 || (short && word.length < 4))
    return []
  return (words.sounds.get(skeleton) || []).filter(english => !short || english.length >= 6).slice(0, 2)
}

function hasPrefix(words, prefix) {
  let low = 0, high = words.sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (words.sorted[middle] < prefix) low = middle + 1
    else high = middle
  }
  return low < words.sorted.length && words.sorted[low].startsWith(prefix)
}

// 가용영역 → [가용, 영역]: the fewest indexed words that make up the compound, or null.
function split(word, words) {
  const best = [[]]
  for (let end = 1; end <= word.length; end++)
    for (let begin = Math.max(0, end - 12); begin < end; begin++) {
      const part = word.slice(begin, end)
      if (best[begin] && words.whole.has(part) && (part.length > 1 || end === word.length)) {
        const parts = [...best[begin], part]
        if (!best[end] || parts.length < best[end].length)
          best[end] = parts
      }
    }
  const parts = best[word.length]
  return parts && parts.length > 1 && parts.length <= 4 ? parts : null
}

function synonymMap(groups, separator) {
  const map = new Map()
  for (const group of groups) {
    const variants = group.map(term => tokens(term, separator))
    for (const term of group)
      map.set(key(term), variants)
  }
  return map
}

// One concept per thing the reader means: the words typed, and every way it may be written.
function concepts(query, search) {
  const words = query.trim().split(/\s+/).filter(Boolean)
  const found = []
  for (let i = 0; i < words.length;) {
    let taken = 0
    for (let n = Math.min(4, words.length - i); n > 0 && !taken; n--) {
      const typed = words.slice(i, i + n).join(" ")
      const variants = search.synonyms.get(key(typed)) || search.synonyms.get(key(bare(typed)))
      if (variants) {
        found.push({ label: typed.toLowerCase(), variants: [...variants, ...ownForms(typed, search)] })
        taken = n
      }
    }
    if (!taken) {
      found.push({ label: words[i].toLowerCase(), variants: ownForms(words[i], search) })
      taken = 1
    }
    i += taken
  }
  return found
}

function ownForms(typed, search) {
  const forms = []
  for (const word of typed.split(/\s+/)) {
    const parts = tokens(word, search.separator)
    if (parts.length === 1 && !HANGUL.test(parts[0]) && !search.words.whole.has(parts[0])) {
      // a number typed against its unit (1MB, 256KiB, 10GB): the pages write "1 MB"
      const pieces = parts[0].split(/(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/)
      forms.push(pieces.length > 1 && pieces.every(piece => search.words.whole.has(piece)) ? pieces : parts)
      continue
    }
    if (parts.length !== 1 || !HANGUL.test(parts[0])) {
      forms.push(parts)
      continue
    }
    const stem = bare(parts[0])
    let form = stem !== parts[0] && hasPrefix(search.words, stem) ? stem : parts[0]
    if (!search.words.whole.has(form))
      form = predicateStem(form, search.words) || form
    forms.push([form])
    if (form.length > 2 && !search.words.whole.has(form)) {
      const pieces = split(form, search.words)
      if (pieces)
        forms.push(pieces)
      else
        for (const english of soundsLike(form, search.words))
          forms.push([english])
    }
  }
  // several typed words without a synonym: all of them together are one form
  return typed.includes(" ") ? [forms.flat()] : forms
}

function lunrQuery(found) {
  const terms = new Set()
  for (const concept of found)
    for (const variant of concept.variants)
      for (const term of variant)
        terms.add(term.replace(/[+\-~^:*]/g, ""))
  terms.delete("")
  return [...terms].join(" ")
}

/* ----------------------------------------------------------------------------
 * Ranking
 * ------------------------------------------------------------------------- */

function plainWords(html, separator) {
  return tokens(html.replace(/<[^>]+>/g, ""), separator)
}

function covers(variant, words) {
  return variant.every(term => words.some(word => word.startsWith(term)))
}

// The query as a phrase ("대상 추적"), last particle dropped, when it has several words; or a
// name typed as one word that the index splits (ClientRequestToken → client request token).
function phraseOf(query, separator) {
  const typed = query.trim().split(/\s+/)
  const words = typed.map(word => word.toLowerCase())
  if (words.length < 2)
    return tokens(typed[0], separator).length > 1 ? words[0] : null
  words.push(bare(words.pop()))
  return words.join(" ")
}

function rerank(result, found, phrase, search) {
  const n = found.length
  const groups = result.items.map(group =>
    group.map(item => {
      const article = !item.location.includes("#")
      const heading = plainWords(item.title, search.separator)
      const context = article ? heading : [...heading, ...plainWords(item.parent.title, search.separator)]
      const matched = Object.values(item.terms)
      const share = matched.length ? matched.filter(Boolean).length / matched.length : 0
      const lunrScore = item.score / (1 + (+article + share) ** 2)     // undo Material's page boost

      let covered = 0, titled = 0, missing = 0
      const terms = {}
      const used = new Set()                                            // terms of the concepts found
      for (const concept of found) {
        const hit = concept.variants.filter(variant => variant.every(term => item.terms[term]))
        if (hit.length) {
          covered++
          for (const variant of hit)
            for (const term of variant)
              terms[term] = true
          // every spelling of it explains the heading: "액세스 키" matched as "access key" in
          // the text still explains 키 in "키가 유출되었을 때"
          for (const variant of concept.variants)
            for (const term of variant)
              used.add(term)
        } else {
          terms[concept.label] = false                                   // shown as missing
          if (!concept.variants.some(variant => covers(variant, context)))
            missing++                                                    // not even the page is about it
        }
        // named by the heading or the page title; a section need not repeat its page's name
        // ("Parameter Store 파라미터 유형": the types section under the Parameter Store page)
        if ((hit.length ? hit : concept.variants).some(variant => covers(variant, context)))
          titled++
      }
      // how much of the heading the query explains: "고정 세션" over "고정 세션과 Auto Scaling이 …"
      const topical = heading.filter(word => word !== "때")                 // "… 때" names nothing
      const focus = topical.length
        ? topical.filter(word => [...used].some(term => word.startsWith(term))).length / topical.length
        : 0
      const text = search.texts.get(item.location) || ""
      // several concepts written together as the reader typed them ("대상 추적"), or a name written
      // whole ("ClientRequestToken"); a longer phrase is rarer by chance and counts more
      // ("Missing Authentication Token" over a section that only names tokens in its heading)
      const length = phrase ? phrase.split(" ").length : 0
      const together = phrase && (n > 1 || length === 1) && text.includes(phrase) ? 4 ** Math.max(1, length - 1) : 1
      // a page whose title names everything asked for is the answer ("코그니토" → the Cognito page)
      // … and so is a section whose heading is all query ("공동 책임 모델" on the IAM page)
      const topic = titled === n && (article || focus === 1) ? 2 : 1
      // lunr sums over every indexed word the prefix matches (리전, 리전의, 리전으로 …), which
      // favours long sections; the square root tames that sum.
      const score = Math.sqrt(lunrScore) * (covered ? (1 + covered / n) ** 2 : 0.25) *
        (1 + 4 * titled / n) ** 2 * (1 + 2 * focus) ** 2 * together * topic
      return { ...item, score, terms, missing }
    }))
  // When some result has every concept asked for (in its text or its page's title), one that
  // lacks a concept is an answer to another question ("글래시어 복원": the resilience page has
  // 복원력 in its title but no Glacier). The fourth power: a section that names two of three
  // concepts in its heading must not outrank, on that alone, one whose text has all three.
  if (n > 1 && groups.some(items => items.some(item => !item.missing)))
    for (const item of groups.flat())
      item.score *= ((n - item.missing) / n) ** 4
  for (const items of groups)
    items.sort((a, b) => b.score - a.score)
  groups.sort((a, b) => b[0].score - a[0].score)
  return { ...result, items: groups }
}

/* ----------------------------------------------------------------------------
 * Messages
 * ------------------------------------------------------------------------- */

async function answer(query) {
  if (!query.trim())
    return { type: RESULT, data: { items: [] } }
  const search = await load()
  if (SYNTAX.test(query))
    return search.material({ type: QUERY, data: query })
  const found = concepts(query, search)
  const result = await search.material({ type: QUERY, data: lunrQuery(found) || query })
  return { type: RESULT, data: rerank(result.data, found, phraseOf(query, search.separator), search) }
}

let queue = Promise.resolve()
addEventListener("message", ({ data: message }) => {
  if (message.type === SETUP) {
    setup = message.data
    reply({ type: READY })
  } else if (message.type === QUERY) {
    queue = queue.then(() => answer(message.data)).then(reply, error => {
      console.warn("search failed", error)
      reply({ type: RESULT, data: { items: [] } })
    })
  }
})

if ("BroadcastChannel" in self)
  new BroadcastChannel(CHANNEL).onmessage = () => load().catch(() => {})
