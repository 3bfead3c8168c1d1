import { describe, expect, it } from 'vitest'
import { condense, wordCount } from '../../scripts/extract/condense.js'
import { extractContext } from '../../scripts/extract/context.js'
import { extractCover } from '../../scripts/extract/cover.js'
import { extractDrives } from '../../scripts/extract/drives.js'
import { extractPledges } from '../../scripts/extract/pledges.js'
import { findHost } from '../../scripts/extract/speaker.js'
import { extractSourceLink } from '../../scripts/extract/source-link.js'
import { extractSpeech } from '../../scripts/extract/speech.js'
import { extractStatements } from '../../scripts/extract/statements.js'
import { VFile } from 'vfile'
import { extractBriefing } from '../../scripts/extract/extract-briefing.js'
import { parseArticle } from '../../scripts/parse/parse-article.js'

const sentences = (text: string) => parseArticle(text).sentences

describe('extractDrives', () => {
  it('splits points by ordinal words inside one paragraph', () => {
    const drives = extractDrives(sentences('Presiden menyerukan "3 langkah": Pertama, memperkuat hukum, terutama hukum pidana. Kedua, melatih aparat. Ketiga, berbagi data.'))!
    expect(drives.label).toBe('3 langkah')
    expect(drives.announced).toBe(3)
    expect(drives.items.map(drive => [drive.ordinal, drive.headline, drive.text])).toEqual([
      ['Pertama', 'memperkuat hukum', 'memperkuat hukum, terutama hukum pidana'],
      ['Kedua', 'melatih aparat', 'melatih aparat'],
      ['Ketiga', 'berbagi data', 'berbagi data'],
    ])
  })

  it('reads a count announced in words, and warns at its place when the points found differ', () => {
    const text = 'Ia menyerukan "tiga langkah": Pertama, dialog. Kedua, latihan.'
    const drives = extractDrives(sentences(text))!
    expect([drives.label, drives.announced, drives.items.length]).toEqual(['tiga langkah', 3, 2])
    const file = new VFile()
    extractBriefing(parseArticle(text), file)
    expect(file.messages.map(message => [message.reason, message.line, message.column])).toEqual([
      ['The article announces 3 drives ("tiga langkah") but 2 were found', 1, 31],
    ])
  })

  it('finds points one per line, each with its own line', () => {
    const drives = extractDrives(sentences('Ada dua usulan penting.\nPertama, membangun pusat data.\nKedua, melatih tenaga ahli.'))!
    expect(drives.items.map(drive => drive.source.line)).toEqual([2, 3])
  })

  it('finds points separated by semicolons, and ignores "pertama" used as an adjective', () => {
    const drives = extractDrives(sentences('Ini kerangka hukum global pertama untuk dunia. Ia mengusulkan: pertama, dialog; kedua, latihan bersama.'))!
    expect(drives.items.map(drive => drive.text)).toEqual(['dialog', 'latihan bersama'])
  })

  it('returns nothing without an enumeration', () => {
    expect(extractDrives(sentences('Kedua negara sepakat bekerja sama.'))).toBeUndefined()
  })
})

describe('extractStatements', () => {
  it('reads office, country and the reported clause', () => {
    const [statement] = extractStatements(sentences('Menteri Luar Negeri Jepang mengatakan bahwa data ancaman harus dibagi lebih cepat.'))
    expect(statement).toMatchObject({ country: 'Jepang', code: 'JP', office: 'Menteri Luar Negeri', message: 'data ancaman harus dibagi lebih cepat' })
    expect([statement.source.line, statement.source.column]).toEqual([1, 1])
  })

  it('reads a statement that comes before "ujar" or "kata"', () => {
    const [statement] = extractStatements(sentences('Kerja sama regional harus diperkuat segera, kata Presiden Chili.'))
    expect(statement).toMatchObject({ country: 'Chili', office: 'Presiden', message: 'Kerja sama regional harus diperkuat segera' })
  })

  it('reads a country that is the subject of a reporting verb, and "Menurut …"', () => {
    const found = extractStatements(sentences('Sementara itu, Kanada menyerukan dialog yang lebih luas. Menurut Wakil Presiden Kenya, pelatihan adalah kuncinya.'))
    expect(found.map(statement => [statement.country, statement.office, statement.message])).toEqual([
      ['Kanada', undefined, 'menyerukan dialog yang lebih luas'],
      ['Kenya', 'Wakil Presiden', 'pelatihan adalah kuncinya'],
    ])
  })

  it('reads a quoted statement attributed after it, and a country subject with a parenthetical', () => {
    const found = extractStatements(sentences('"Kami siap mendukung implementasi Konvensi," kata Duta Besar Jepang untuk Vietnam.\nKanada, melalui Menteri Luar Negerinya, menegaskan dukungan penuh terhadap Konvensi.'))
    expect(found.map(statement => [statement.office, statement.country, statement.message])).toEqual([
      ['Duta Besar', 'Jepang', 'Kami siap mendukung implementasi Konvensi'],
      [undefined, 'Kanada', 'menegaskan dukungan penuh terhadap Konvensi'],
    ])
  })

  it('does not take a country named inside a quote, or a sentence without a reporting verb, as a statement', () => {
    expect(extractStatements(sentences('Delegasi itu berkata "Rusia menegaskan hal itu" kemarin. Vietnam telah mengeluarkan banyak strategi.'))).toEqual([])
  })
})

describe('extractPledges', () => {
  it('needs a pledging verb together with an amount', () => {
    expect(extractPledges(sentences('Jepang mencatat kerugian $5 juta tahun lalu.'))).toEqual([])
    const [pledge] = extractPledges(sentences('Jepang menjanjikan $5 juta untuk pelatihan aparat.'))
    expect(pledge).toMatchObject({ pledger: 'Jepang', code: 'JP', purpose: 'untuk pelatihan aparat', amount: { text: '$5 juta', value: 5_000_000, currency: 'USD' } })
  })

  it('finds a rephrased pledge with the currency after the number', () => {
    const [pledge] = extractPledges(sentences('Selandia Baru berkomitmen menginvestasikan 12,75 juta dolar Selandia Baru bagi keamanan siber Pasifik.'))
    expect(pledge).toMatchObject({ pledger: 'Selandia Baru', amount: { value: 12_750_000, currency: 'NZD' }, purpose: 'bagi keamanan siber Pasifik' })
  })
})

describe('extractContext', () => {
  it('reads an attendance list that follows "dihadiri"', () => {
    const context = extractContext(sentences('Sesi itu dihadiri Presiden Budi, Menteri Ani, dan wakil dari 30 negara.'))!
    expect(context.attendees.map(item => item.text)).toEqual(['Presiden Budi', 'Menteri Ani', 'wakil dari 30 negara'])
  })

  it('reads the attendance list and the counts with their roles', () => {
    const context = extractContext(sentences('Yang hadir adalah Presiden Budi, Menteri Ani, serta wakil lebih dari 1.200 negara. Sekitar 30 negara menandatangani dokumen itu. Usai sambutan, 12 delegasi berpidato.'))!
    expect(context.attendees.map(item => item.text)).toEqual(['Presiden Budi', 'Menteri Ani', 'wakil lebih dari 1.200 negara'])
    expect(context.figures.map(figure => [figure.role, figure.value, figure.number, figure.text])).toEqual([
      ['attendance', 1200, '1.200', 'lebih dari 1.200 negara'],
      ['signing', 30, '30', 'Sekitar 30 negara'],
      ['speakers', 12, '12', '12 delegasi'],
    ])
  })
})

describe('extractSpeech', () => {
  const text = [
    'Presiden Ana Lima membuka forum itu.',
    '"Keamanan digital adalah hak setiap warga negara di mana pun," tegas Presiden.',
    'Presiden menekankan bahwa kerja sama lintas batas adalah keharusan.',
    'Presiden Ana Lima menegaskan kembali komitmennya untuk melaksanakan semua kewajiban.',
    'Presiden Brasil mengatakan bahwa ia mendukung usulan itu.',
  ].join('\n')

  it('takes a quote that follows the host\'s reporting verb', () => {
    const all = sentences('Presiden Ana Lima menegaskan: "Tidak ada yang tertinggal dalam transformasi digital kita."\nPresiden menekankan bahwa kerja sama adalah keharusan.')
    expect(extractSpeech(all, findHost(all))!.quote?.text).toBe('Tidak ada yang tertinggal dalam transformasi digital kita')
  })

  it('finds the host, the quote, the key messages and the closing commitment', () => {
    const all = sentences(text)
    const host = findHost(all)
    expect(host).toMatchObject({ office: 'Presiden', title: 'Presiden', name: 'Ana Lima' })
    const speech = extractSpeech(all, host)!
    expect(speech.quote?.text).toBe('Keamanan digital adalah hak setiap warga negara di mana pun')
    expect(speech.messages.map(item => item.text)).toEqual(['kerja sama lintas batas adalah keharusan'])
    expect(speech.closing?.text).toBe('menegaskan kembali komitmennya untuk melaksanakan semua kewajiban')
  })
})

describe('condense', () => {
  it('keeps short text whole, without its full stop', () => {
    expect(condense('Kalimat pendek saja.')).toBe('Kalimat pendek saja')
  })

  it('keeps whole clauses verbatim, prefers quoted ones, and marks the gaps', () => {
    const long = 'Pemerintah telah bekerja keras selama bertahun-tahun di banyak bidang, termasuk pendidikan dan kesehatan masyarakat di daerah terpencil, mengubah pendekatan dari "reaktif" menjadi "proaktif", dan juga memperluas jaringan kerja sama dengan berbagai mitra internasional.'
    const short = condense(long, 20)
    expect(wordCount(short.replace(/…/gu, ''))).toBeLessThanOrEqual(20)
    expect(short).toContain('mengubah pendekatan dari "reaktif" menjadi "proaktif"')
    for (const piece of short.split('…').map(part => part.trim()).filter(Boolean)) expect(long).toContain(piece)
  })
})

describe('extractCover and extractSourceLink', () => {
  it('reads a numeric dateline date', () => {
    const article = parseArticle('HANOI, Sabtu (25/10/2025) - Konvensi Hanoi ditandatangani hari ini di ibu kota.')
    expect(extractCover(article.paragraphs, article.sentences, undefined).date).toBe('25/10/2025')
  })

  it('titles the deck with the most-named event and keeps only http(s) sources', () => {
    const article = parseArticle('KTT ASEAN dibuka hari ini. Para pemimpin tiba untuk KTT ASEAN pada 12 Mei 2026.\nSumber: javascript:alert(1)\nSumber: https://www.contoh.id/berita/1')
    const link = extractSourceLink(article.paragraphs)
    expect(link).toMatchObject({ url: 'https://www.contoh.id/berita/1', domain: 'contoh.id' })
    expect(extractCover(article.paragraphs, article.sentences, undefined, link?.domain)).toEqual({ title: 'KTT ASEAN', subtitle: undefined, publisher: 'contoh.id', date: '12 Mei 2026' })
  })
})

describe('speakers written with names and short forms', () => {
  it('takes "Perdana Menteri <host country> <name>" and "PM" as the host, and a name after a foreign speaker', () => {
    const text = [
      'Perdana Menteri Vietnam Pham Minh Chinh mengatakan bahwa Vietnam siap bekerja sama.',
      'PM Pham Minh Chinh menekankan bahwa Vietnam tidak akan tinggal diam.',
      'Presiden Rusia Vladimir Putin mengatakan bahwa kerja sama itu penting.',
      'Menlu Jepang, Yoko Kamikawa, menegaskan bahwa data harus dibagi.',
    ].join('\n')
    const all = sentences(text)
    const host = findHost(all)
    expect(host).toMatchObject({ office: 'Perdana Menteri', title: 'Perdana Menteri', name: 'Pham Minh Chinh', country: 'VN' })
    expect(extractSpeech(all, host)!.messages.map(item => item.text)).toEqual(['Vietnam siap bekerja sama', 'Vietnam tidak akan tinggal diam'])
    const heard = new Set([0, 1])
    expect(extractStatements(all, sentence => heard.has(all.indexOf(sentence))).map(statement => [statement.office, statement.country, statement.message])).toEqual([
      ['Presiden', 'Rusia', 'kerja sama itu penting'],
      ['Menlu', 'Jepang', 'data harus dibagi'],
    ])
  })

  it('finds drives after "yaitu", separated by semicolons and "dan"', () => {
    const drives = extractDrives(sentences('Ia menyerukan tiga hal, yaitu pertama, dialog; kedua, latihan; dan ketiga, berbagi data.'))!
    expect(drives.items.map(drive => [drive.ordinal, drive.text])).toEqual([['pertama', 'dialog'], ['kedua', 'latihan'], ['ketiga', 'berbagi data']])
  })
})
