import { describe, expect, it } from 'vitest'
import { condense, wordCount } from '../../scripts/extract/condense.js'
import { extractContext } from '../../scripts/extract/context.js'
import { extractCover } from '../../scripts/extract/cover.js'
import { findAttributions } from '../../scripts/extract/attribution.js'
import { extractKeyFigures } from '../../scripts/extract/key-figures.js'
import { mentionAt } from '../../scripts/extract/mentions.js'
import type { Doubt } from '../../scripts/model.js'
import { extractPoints } from '../../scripts/extract/points.js'
import { extractBriefing, generateDeck } from '../../scripts/generate-deck.js'
import { extractSourceLink } from '../../scripts/extract/source-link.js'
import type { Speaker } from '../../scripts/extract/speakers.js'
import { findSpeakers } from '../../scripts/extract/speakers.js'
import { extractSpeech } from '../../scripts/extract/speech.js'
import { extractStatements } from '../../scripts/extract/statements.js'
import { parseArticle } from '../../scripts/parse/parse-article.js'
import { labelsFor } from '../../scripts/compile/labels.js'
import { speechShown } from '../../scripts/sections/speech.js'
import { grammarOf } from '../../scripts/lang/grammar.js'
import { deckSlides } from '../helpers.js'

const G = grammarOf()

const sentences = (text: string) => parseArticle(text).sentences
const briefing = (text: string) => extractBriefing(parseArticle(text))

describe('extractPoints: enumerations in every common form', () => {
  it('reads a point read out for the speaker: "Yang kedua, kata X, Y menekankan …", "Sedangkan yang ketiga"', () => {
    const points = extractPoints(
      G,
      sentences(
        [
          'Ada tiga pesan Wali Kota Budi Santoso. Pertama, ungkapnya, setiap kota harus memiliki visi yang jelas.',
          'Yang kedua, kata Ani Rahma, Budi Santoso juga menekankan para wali kota harus mengutamakan partisipasi warga.',
          'Sedangkan yang ketiga, bilang Ani Rahma, Budi Santoso meminta kota terus mendorong inovasi daerah.',
          'Keempat, Budi Santoso menegaskan bahwa anggaran desa harus diawasi bersama.',
        ].join('\n\n'),
      ),
    )!
    expect(points.items.map(point => [point.ordinal, point.text])).toEqual([
      ['Pertama', 'setiap kota harus memiliki visi yang jelas'],
      ['Yang kedua', 'para wali kota harus mengutamakan partisipasi warga'],
      ['yang ketiga', 'Budi Santoso meminta kota terus mendorong inovasi daerah'],
      ['Keempat', 'anggaran desa harus diawasi bersama'],
    ])
  })

  it('splits points by ordinal words inside one paragraph, titled by the quoted count', () => {
    const points = extractPoints(
      G,
      sentences(
        'Presiden menyerukan "3 langkah": Pertama, memperkuat hukum, terutama hukum pidana. Kedua, melatih aparat. Ketiga, berbagi data.',
      ),
    )!
    expect(points.label).toBe('3 langkah')
    expect(points.announced).toBe(3)
    expect(points.items.map(point => [point.ordinal, point.headline, point.text])).toEqual([
      ['Pertama', 'memperkuat hukum', 'memperkuat hukum, terutama hukum pidana'],
      ['Kedua', 'melatih aparat', 'melatih aparat'],
      ['Ketiga', 'berbagi data', 'berbagi data'],
    ])
  })

  it('reads a count announced in words, and warns at its place when the points found differ', () => {
    const text = 'Ia menyerukan "tiga langkah": Pertama, dialog. Kedua, latihan.'
    const points = extractPoints(G, sentences(text))!
    expect([points.label, points.announced, points.items.length]).toEqual(['tiga langkah', 3, 2])
    const { file } = generateDeck(text)
    expect(
      file.messages
        .filter(message => message.ruleId === 'count-mismatch')
        .map(message => [message.reason, message.line, message.column]),
    ).toEqual([['The article announces 3 points ("tiga langkah") but 2 were found', 1, 31]])
  })

  it('reads "Pertama ialah", "Yang kedua, …", "Hal penting ketiga adalah …" and "Keempat berkaitan dengan …"', () => {
    const points = extractPoints(
      G,
      sentences(
        [
          'Menteri Ani Rahma menyampaikan empat pesan.',
          'Pertama ialah memperkuat kerja sama maritim.',
          'Yang kedua, membuka pasar kerja bagi pemuda.',
          'Hal penting ketiga adalah melindungi pekerja migran.',
          'Keempat berkaitan dengan pelatihan vokasi.',
        ].join('\n'),
      ),
    )!
    expect(points.items.map(point => point.headline)).toEqual([
      'memperkuat kerja sama maritim',
      'membuka pasar kerja bagi pemuda',
      'melindungi pekerja migran',
      'berkaitan dengan pelatihan vokasi',
    ])
    expect([points.label, points.announced]).toEqual(['empat pesan', 4])
  })

  it('reads the hyphenated press ordinals inside a quote ("Yang ke-dua ialah")', () => {
    const points = extractPoints(
      G,
      sentences(
        '"Ada tiga pesan. Yang pertama ialah dialog. Yang ke-dua ialah, latihan bersama. Yang ke-tiga ialah berbagi data."',
      ),
    )!
    expect(points.items.map(point => point.headline)).toEqual([
      'dialog',
      'latihan bersama',
      'berbagi data',
    ])
  })

  it('reads "(1) … (2) …" inside a sentence and "1." / "a)" lines', () => {
    expect(
      extractPoints(
        G,
        sentences(
          'Deklarasi memuat (1) penguatan dialog, (2) kerja sama vokasi, dan (3) pertukaran data.',
        ),
      )!.items.map(point => point.headline),
    ).toEqual(['penguatan dialog', 'kerja sama vokasi', 'pertukaran data'])
    const listed = parseArticle(
      'Forum menyepakati tiga hal:\n\n1. memperkuat konektivitas.\n2. mempercepat transisi energi.\n3. melindungi pekerja migran.',
    )
    expect(
      extractPoints(G, listed.sentences, listed.paragraphs)!.items.map(point => point.headline),
    ).toEqual([
      'memperkuat konektivitas',
      'mempercepat transisi energi',
      'melindungi pekerja migran',
    ])
    const lettered = parseArticle(
      'Usulan itu meliputi:\na) dialog rutin antarmenteri.\nb) latihan bersama setiap tahun.',
    )
    expect(
      extractPoints(G, lettered.sentences, lettered.paragraphs)!.items.map(point => point.headline),
    ).toEqual(['dialog rutin antarmenteri', 'latihan bersama setiap tahun'])
  })

  it('reads a counted prose list only when the items match the count, and leaves the rest for review', () => {
    const points = extractPoints(
      G,
      sentences(
        'Ia mengusulkan tiga langkah, yaitu dialog rutin, latihan bersama, dan pertukaran data.',
      ),
    )!
    expect([points.label, points.items.map(point => point.text)]).toEqual([
      'tiga langkah',
      ['dialog rutin', 'latihan bersama', 'pertukaran data'],
    ])
    const doubts: Doubt[] = []
    expect(
      extractPoints(
        G,
        sentences(
          'Ia mengusulkan empat langkah, yaitu dialog rutin, latihan bersama, dan pertukaran data.',
        ),
        [],
        doubts,
      ),
    ).toBeUndefined()
    expect(doubts.map(doubt => doubt.reason)).toEqual([
      '"empat langkah" announces 4 items but the list after it reads as 3; left for review',
    ])
  })

  it('reads a counted list quoted whole after a comma, up to its closing quotation mark', () => {
    const points = extractPoints(
      G,
      sentences(
        'Dana itu akan digunakan dalam tiga jalur berbeda, “bantuan pangan, tempat berlindung, dan pendidikan,” kata Direktur Ani.',
      ),
    )!
    expect([points.label, points.items.map(point => point.text)]).toEqual([
      'tiga jalur berbeda',
      ['bantuan pangan', 'tempat berlindung', 'pendidikan'],
    ])
  })

  it("prefers the main speaker's enumeration to a longer one reported from someone else", () => {
    const { briefing: found } = briefing(
      [
        'Gubernur Bank Sentral Budi Santoso memaparkan tiga langkah kebijakan.',
        'Pertama, bauran kebijakan. Kedua, reformasi struktural. Ketiga, kerja sama dagang.',
        '"Kita harus bekerja bersama," tegas Budi.',
        'Lembaga itu merekomendasikan empat arah. Pertama, disiplin fiskal. Kedua, stabilitas harga. Ketiga, kewaspadaan keuangan. Keempat, reformasi.',
      ].join('\n'),
    )
    expect(found.points!.items.map(point => point.headline)).toEqual([
      'bauran kebijakan',
      'reformasi struktural',
      'kerja sama dagang',
    ])
  })

  it('reads "tiga hal pertama mengenai …", and later points that open without a comma ("Kedua revitalisasi", "Kemudian Ketiga,", "Terakhir")', () => {
    expect(
      extractPoints(
        G,
        sentences(
          'Ia menyampaikan tiga hal pertama mengenai pentingnya visi bersama. "Kedua, saya menekankan pentingnya pertumbuhan," tambahnya.',
        ),
      )!.items.map(point => point.headline),
    ).toEqual(['mengenai pentingnya visi bersama', 'saya menekankan pentingnya pertumbuhan'])
    const points = extractPoints(
      G,
      sentences(
        'Pertama, bantuan rumah sakit. Kedua revitalisasi infrastruktur umum.\nKemudian Ketiga, program beasiswa. Terakhir pelatihan diplomat.',
      ),
    )!
    expect(points.items.map(point => point.headline)).toEqual([
      'bantuan rumah sakit',
      'revitalisasi infrastruktur umum',
      'program beasiswa',
      'pelatihan diplomat',
    ])
    expect(
      extractPoints(
        G,
        sentences('Pertama, dialog rutin. Kedua negara sepakat melanjutkan kerja sama.'),
      ),
    ).toBeUndefined()
  })

  it('does not take "pertama" used as an adjective, nor "Kedua negara"', () => {
    expect(
      extractPoints(
        G,
        sentences(
          'Ini kerangka hukum global pertama untuk dunia. Kedua negara sepakat bekerja sama.',
        ),
      ),
    ).toBeUndefined()
  })

  it('finds points after "yaitu", separated by semicolons and "dan"', () => {
    const points = extractPoints(
      G,
      sentences(
        'Ia menyerukan tiga hal, yaitu pertama, dialog; kedua, latihan; dan ketiga, berbagi data.',
      ),
    )!
    expect(points.items.map(point => [point.ordinal, point.text])).toEqual([
      ['pertama', 'dialog'],
      ['kedua', 'latihan'],
      ['ketiga', 'berbagi data'],
    ])
  })
})

describe('speakers: attribution and resolution', () => {
  it('finds any official who speaks, and resolves name, surname, office and pronoun to one person', () => {
    const text = [
      'Menteri Ketenagakerjaan Ani Rahma mengatakan bahwa pasar kerja kawasan harus dibuka.',
      '"Kita tidak boleh tertinggal dalam pelatihan vokasi," kata Rahma.',
      'Menurut Rahma, kerja sama vokasi adalah kunci bagi pemuda.',
      'Ia menambahkan bahwa pekerja migran harus dilindungi.',
      'Menteri Ketenagakerjaan menegaskan bahwa anggaran pelatihan akan dinaikkan.',
      'Presiden Kenya (Afrika Timur) William Ruto mengatakan bahwa Afrika siap bermitra.',
      '"Kami datang untuk berdagang," ujar Ruto.',
    ].join('\n')
    const { speakers, main } = findSpeakers(G, sentences(text))
    expect(main?.label).toBe('Menteri Ketenagakerjaan Ani Rahma')
    expect(main?.attributions.map(attribution => attribution.form)).toEqual([
      'subject',
      'trailing',
      'according',
      'subject',
      'subject',
    ])
    const ruto = speakers.find(speaker => speaker.name === 'William Ruto')!
    expect([ruto.label, ruto.office, ruto.country?.code, ruto.attributions.length]).toEqual([
      'Presiden Kenya (Afrika Timur) William Ruto',
      'Presiden',
      'KE',
      2,
    ])
  })

  it('reads "Nama: "…"", a colon quote that goes on in the next paragraph, and "-nya" verbs', () => {
    const text = [
      'Menlu Sari Dewi menekankan:',
      '',
      '"Kawasan ini harus tetap damai dan stabil bagi semua."',
      '',
      'Sari: "Kami akan terus berdialog dengan semua pihak."',
      '"Tidak ada jalan lain selain kerja sama," tegasnya.',
    ].join('\n')
    const { main } = findSpeakers(G, sentences(text))
    expect(main?.label).toBe('Menlu Sari Dewi')
    expect(
      main?.attributions.map(attribution => [attribution.form, attribution.message.text]),
    ).toEqual([
      ['subject', ''],
      ['continued', 'Kawasan ini harus tetap damai dan stabil bagi semua.'],
      ['colon', '"Kami akan terus berdialog dengan semua pihak."'],
      ['trailing', 'Tidak ada jalan lain selain kerja sama'],
    ])
  })

  it('goes on with reported words in the same paragraph, up to the narration of the reporter', () => {
    const text = [
      'Menlu Sari Dewi menegaskan, kawasan ini memasuki masa yang sulit bagi semua negaranya. Negara-negara besar memikul tanggung jawab yang lebih berat dari yang lain. Pertemuan itu dihadiri menteri dari sepuluh negara. Dunia juga sedang berubah dengan cepat sekali.',
      '',
      'Setelah pertemuan, para menteri makan siang bersama di ruang yang sama.',
      '',
      '"Kami siap bekerja sama dengan semua pihak," kata Sari. Pembahasan berlanjut sampai malam hari di hotel itu.',
    ].join('\n')
    const { main } = findSpeakers(G, sentences(text))
    expect(
      main?.attributions.map(attribution => [attribution.form, attribution.message.text]),
    ).toEqual([
      ['subject', 'kawasan ini memasuki masa yang sulit bagi semua negaranya.'],
      ['continued', 'Negara-negara besar memikul tanggung jawab yang lebih berat dari yang lain.'],
      ['trailing', 'Kami siap bekerja sama dengan semua pihak'],
    ])
  })

  it('goes on into the next paragraph when it speaks as "kita" and quotes and names nobody', () => {
    const text = [
      'Presiden Budi Santoso menyatakan, kawasan ini memasuki masa yang sulit bagi semua negaranya.',
      '',
      'Kerja sama kawasan kini berada pada tahap yang krusial. Kita hendaknya memperdalam kerja sama ekonomi dan keuangan.',
      '',
      'Kawasan itu dihuni oleh lebih dari enam ratus juta orang penduduk.',
      '',
      'Kita tahu pertemuan itu berlangsung dua hari. "Kami siap," kata Ani Rahma.',
    ].join('\n')
    const { main } = findSpeakers(G, sentences(text))
    expect(
      main?.attributions.map(attribution => [attribution.form, attribution.message.text]),
    ).toEqual([
      ['subject', 'kawasan ini memasuki masa yang sulit bagi semua negaranya.'],
      ['continued', 'Kerja sama kawasan kini berada pada tahap yang krusial.'],
      ['continued', 'Kita hendaknya memperdalam kerja sama ekonomi dan keuangan.'],
    ])
  })
  it('reads two offices of one person joined by "sekaligus", with a field of figures and a second "dan"', () => {
    const text =
      'Menteri Koordinator Bidang Kemaritiman sekaligus Ketua Komite Penanganan Covid-19 dan Pemulihan Ekonomi Daerah (KPED) Budi Santoso mengatakan pemerintah masih mengkaji aturan itu.'
    const { main } = findSpeakers(G, sentences(text))
    expect([main?.label, main?.name, main?.office]).toEqual([
      'Menteri Koordinator Bidang Kemaritiman sekaligus Ketua Komite Penanganan Covid-19 dan Pemulihan Ekonomi Daerah (KPED) Budi Santoso',
      'Budi Santoso',
      'Menteri Koordinator Bidang Kemaritiman',
    ])
  })

  it('gives a sentence that is only a quotation to the last speaker of its paragraph, and a quoted paragraph after it too', () => {
    const said = (...paragraphs: string[]) =>
      findSpeakers(G, sentences(paragraphs.join('\n\n'))).main?.attributions.map(attribution => [
        attribution.form,
        attribution.message.text,
      ])
    const opening =
      'Menlu Sari Dewi menghimbau para menteri agar berani mencoba. Alasannya karena kawasan ini berubah cepat sekali. "Bisa salah, bisa benar, tapi harus dicoba."'
    expect(said(opening, '"Kalimat ini tidak menyebut pembicaranya."')).toEqual([
      ['subject', 'menghimbau para menteri agar berani mencoba.'],
      ['continued', 'Bisa salah, bisa benar, tapi harus dicoba.'],
      ['continued', 'Kalimat ini tidak menyebut pembicaranya.'],
    ])
    // After a paragraph that ends in the reporter's narration, whose the quotation is cannot be
    // told.
    expect(
      said(
        opening,
        'Rapat itu dihadiri para menteri kawasan.',
        '"Kalimat ini tidak menyebut pembicaranya."',
      ),
    ).toEqual([
      ['subject', 'menghimbau para menteri agar berani mencoba.'],
      ['continued', 'Bisa salah, bisa benar, tapi harus dicoba.'],
    ])
  })

  it('keeps what is said before a second verb of reporting and its "bahwa"', () => {
    const text =
      'Dalam pidatonya, Menlu Sari Dewi menyebut kota itu sebagai tempat lahir perdamaian dan menegaskan bahwa semua negara bersaudara.'
    const { main } = findSpeakers(G, sentences(text))
    expect(main?.attributions[0]?.message.text).toBe(
      'kota itu sebagai tempat lahir perdamaian dan menegaskan bahwa semua negara bersaudara.',
    )
  })

  it('reads a transcript: the speech as spoken, its speaker the first office its headline names', () => {
    const body = [
      'Yang Mulia Menteri Budi Santoso,',
      'Selamat datang di Kota Lama. Saya senang menerima kunjungan pertama Menteri ke kota ini.',
      'Kami sepakat memperkuat kerja sama pangan dan energi di kedua daerah. Kita harus bergerak cepat tahun ini.',
    ].join('\n\n')
    const { main } = findSpeakers(
      G,
      sentences(body),
      'Sambutan Gubernur Sapta dan Menteri Pangan pada Kunjungan Kerja di Kota Lama',
    )
    expect([main?.label, main?.attributions.map(attribution => attribution.message.text)]).toEqual([
      'Gubernur Sapta',
      [
        'Saya senang menerima kunjungan pertama Menteri ke kota ini.',
        'Kami sepakat memperkuat kerja sama pangan dan energi di kedua daerah.',
        'Kita harus bergerak cepat tahun ini.',
      ],
    ])
    // A report in the third person is no transcript.
    expect(
      findSpeakers(
        G,
        sentences('Gubernur Sapta membuka kunjungan kerja di Kota Lama hari ini.'),
        'Sambutan Gubernur Sapta',
      ).main,
    ).toBeUndefined()
  })

  it('knows one person under three spellings, a title with its body as an acronym, and a slash in a title', () => {
    const text = [
      'Ketua Badan Pengawas Barang/Jasa Daerah Budi Santoso mengatakan, pengawasan harus diperketat.',
      '"Kami tidak boleh lengah," kata Ketua BPBD.',
      'Ketua Dewan Kota, Rahmat Hidayat Nasution, mengatakan dewan mendukung langkah itu.',
      'Ketua Dewan Kota sendiri Rahmat H. Nasution juga hadir dalam acara tersebut.',
      '"Kami mendukung penuh," tegas Rahmat Hidayat Nasutiton.',
      'Rahmat Hidayat Nassution menambahkan, dewan akan mengawasi anggarannya.',
    ].join('\n\n')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Ketua Badan Pengawas Barang/Jasa Daerah Budi Santoso', 2],
      // ("Nasutiton", a letter more, and "Nassution" are slips of "Nasution".)
      ['Ketua Dewan Kota, Rahmat Hidayat Nasution', 3],
    ])
  })

  it('reads a surname that is also the name of a country as part of the name', () => {
    const text =
      'Kapolda Inspektur Jenderal Budi Chad mengatakan, operasi itu berhasil dengan baik.'
    const { main } = findSpeakers(G, sentences(text))
    expect([main?.name, main?.country]).toEqual(['Budi Chad', undefined])
  })

  it('reads a short regional title before its name, and an honorific with its full stop in an apposition', () => {
    const text = [
      'Wakil Gubernur Sulawesi Utara, H. Budi Santoso, membuka rapat koordinasi itu.',
      'Dalam forum itu, ia menegaskan pentingnya kerja sama lintas sektor di daerah.',
      'Wagub Budi Santoso mengatakan, target tahun ini harus tercapai.',
      'Budi menambahkan, semua dinas harus bergerak bersama.',
    ].join('\n\n')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Wakil Gubernur Sulawesi Utara, H. Budi Santoso', 3],
    ])
  })

  it('gives "…," katanya saat membuka to the one who opened the event, under any spelling', () => {
    const text = [
      'Kongres Nasional Pemuda di Kota Lama dibuka Wakil Presiden Ma’ruf Sapta.',
      'Sejatinya, kongres itu dibuka Presiden Budi Santoso.',
      'Antaranya, Menteri Ani Rahma dan Gubernur Dewi Lestari hadir di sana.',
      '"Pemuda harus berkarya untuk bangsa," katanya saat membuka kongres di Kota Lama.',
      '"Jangan ada kericuhan," kata Maruf.',
    ].join('\n\n')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Wakil Presiden Ma’ruf Sapta', 2],
    ])
  })

  it('reads "berujar" and "Kepala negara" as the head of state who spoke before', () => {
    const text = [
      'Presiden Sapta Budi Santoso mengatakan, negaranya siap mengirim pasukan perdamaian.',
      'Kepala negara berujar negaranya juga bersedia membantu secara finansial.',
    ].join(' ')
    const { main } = findSpeakers(G, sentences(text))
    expect(main?.attributions.map(attribution => attribution.message.text)).toEqual([
      'negaranya siap mengirim pasukan perdamaian.',
      'negaranya juga bersedia membantu secara finansial.',
    ])
  })

  it('reads "Pemimpin <country>" and "Kepala Negara" as the one head of state named, never a new speaker', () => {
    const text = [
      'Presiden Lamoria Budi Santoso membuka forum ekonomi itu, Kamis.',
      'Pemimpin Lamoria menekankan bahwa jalur dagang kini mengarah ke timur.',
      'Kepala Negara menegaskan bahwa investasi asing tetap disambut.',
    ].join(' ')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Presiden Lamoria Budi Santoso', 2],
    ])
    // Two heads of state: who "Kepala Negara" is cannot be told, and it is left for review.
    const two = findSpeakers(
      G,
      sentences(
        [
          'Presiden Budi Santoso menerima Perdana Menteri Ani Rahma di istana, Kamis.',
          'Budi Santoso mengatakan kedua negara akan memperluas perdagangan.',
          'Ani Rahma mengatakan negaranya siap berinvestasi.',
          'Kepala Negara menegaskan bahwa investasi asing tetap disambut.',
        ].join(' '),
      ),
    )
    expect(two.speakers.map(speaker => speaker.label)).not.toContain('Kepala Negara')
    expect(two.unresolved.map(attribution => attribution.mention.text)).toEqual(['Kepala Negara'])
  })

  it('labels a speaker known by one word of their name with the one fuller name written from it', () => {
    const label = (text: string) => findSpeakers(G, sentences(text)).speakers.map(s => s.label)
    expect(
      label(
        'Acara itu dibuka oleh Ani Rahma Sapta yang kini menjabat gubernur. "Kita menabuh gong investasi," kata Gubernur Ani.',
      ),
    ).toEqual(['Ani Rahma Sapta'])
    // Not from a headline in title case, nor when the article writes two fuller names.
    expect(
      label('Ani Buka Forum Dagang Kota Lama\n\n"Kita menabuh gong investasi," kata Gubernur Ani.'),
    ).toEqual(['Gubernur Ani'])
    expect(
      label(
        'Acara itu dibuka Ani Rahma dan dihadiri Ani Sapta. "Kita menabuh gong investasi," kata Gubernur Ani.',
      ),
    ).toEqual(['Gubernur Ani'])
  })

  it('takes the one whose words come "Dalam sambutannya" as the main speaker, over a report before it', () => {
    const { main } = findSpeakers(
      G,
      sentences(
        [
          'Kementerian Sapta menandatangani nota kesepahaman dengan 20 lembaga di Jakarta, Rabu.',
          'Acara itu dibuka dengan laporan kegiatan oleh Sekretaris Jenderal Kementerian Sapta, Budi Santoso. Budi menyampaikan bahwa kegiatan ini bagian dari komitmen pemerintah.',
          '"Kegiatan ini wujud nyata dukungan kami," ujar Budi.',
          'Dalam sambutannya, Menteri Sapta, Ani Rahma, menegaskan bahwa nota itu pijakan penting bagi sinergi antarlembaga.',
          '"Ini bukan sekadar formalitas," ujar Menteri Ani.',
          'Lebih lanjut, Menteri Ani menekankan pentingnya kolaborasi dalam membangun sistem hukum.',
        ].join('\n\n'),
      ),
    )
    expect(main?.label).toBe('Menteri Sapta, Ani Rahma')
  })

  it('reads "dirinya" as a pronoun for the one who spoke just before', () => {
    const { speakers, unresolved } = findSpeakers(
      G,
      sentences(
        '"Kedua pihak bertekad mencari solusi," kata Presiden Budi Santoso. Dirinya menekankan bahwa kedua negara memikul tanggung jawab khusus.',
      ),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Presiden Budi Santoso', 2],
    ])
    expect(unresolved).toEqual([])
  })

  it('reads a pronoun after a sentence that opens with one word of a person introduced with a title', () => {
    const { speakers, unresolved } = findSpeakers(
      G,
      sentences(
        [
          'Menteri Koordinator Bidang Pangan Budi Santoso menghadiri perayaan forum itu pada Jumat.',
          'Budi pun diminta menyampaikan visi misinya. Namun, ia menyatakan tidak bisa menyampaikannya.',
        ].join('\n'),
      ),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Menteri Koordinator Bidang Pangan Budi Santoso', 1],
    ])
    expect(unresolved).toEqual([])
  })

  it('reads a minister\'s short title ("Menperin") as the title written in full', () => {
    const { speakers } = findSpeakers(
      G,
      sentences(
        'Menteri Perindustrian Budi Santoso mengatakan kawasan itu akan jadi pusat industri. Menperin menekankan bahwa kerja sama itu perlu peta jalan.',
      ),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Menteri Perindustrian Budi Santoso', 2],
    ])
  })

  it('reads one word that was the whole office of a person named with it as that person', () => {
    const { speakers, unresolved } = findSpeakers(
      G,
      sentences(
        'Kabalai Marsdya TNI Budi Santoso menyampaikan laporan anggaran dalam rapat itu, Selasa. Kabalai menjelaskan bahwa prioritas tugas balai adalah menyelamatkan jiwa.',
      ),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Kabalai Marsdya TNI Budi Santoso', 2],
    ])
    expect(unresolved).toEqual([])
  })

  it('reads "Wali Kota Sapta, Nama," and a later "Wali Kota Sapta" as one person', () => {
    const text = [
      'Wali Kota Sapta, Budi Santoso, menyampaikan laporan itu dalam rapat paripurna.',
      'Dalam sambutannya, Wali Kota Sapta menyampaikan apresiasi kepada seluruh warga kota.',
      'Wali Kota memaparkan bahwa pendapatan daerah naik tahun ini.',
    ].join('\n\n')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(
      speakers.map(speaker => [speaker.label, speaker.office, speaker.attributions.length]),
    ).toEqual([['Wali Kota Sapta, Budi Santoso', 'Wali Kota Sapta', 3]])
  })

  it('reads what the subject called for while doing what the sentence first says', () => {
    const text =
      'Perdana Menteri Malaysia, Budi Santoso, membuka KTT ke-9 Kawasan di Kota Lama, Senin (2/6), dengan menyerukan persatuan di tengah tantangan global.'
    const { main } = findSpeakers(G, sentences(text))
    expect([main?.label, main?.attributions[0]?.message.text]).toEqual([
      'Perdana Menteri Malaysia, Budi Santoso',
      'menyerukan persatuan di tengah tantangan global.',
    ])
  })

  it('reads an initial inside a name ("Budi S. Rahman") as part of it', () => {
    const text =
      'Ketua Dewan Kota Budi S. Rahman mengatakan, sidang itu bersejarah bagi warga kota ini.'
    const { main } = findSpeakers(G, sentences(text))
    expect(main?.name).toBe('Budi S. Rahman')
  })

  it('knows press nicknames and short names in parentheses', () => {
    const text = [
      'Presiden Joko Widodo (Jokowi) membuka sidang itu.',
      '"Kita harus bergerak cepat," kata Jokowi.',
      'Ketua MPR Bambang Soesatyo mengatakan bahwa forum itu penting.',
      '"Forum ini milik semua negara," ujar Bamsoet.',
    ].join('\n')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Presiden Joko Widodo (Jokowi)', 1],
      ['Ketua MPR Bambang Soesatyo', 2],
    ])
  })

  it('never merges two people who share a surname, and leaves the surname alone for review', () => {
    const text = [
      'Direktur Utama Gamal Imam Santoso mengatakan bahwa jaringan pipa akan diperluas.',
      'Juru Bicara Fadjar Djoko Santoso menambahkan bahwa forum itu digelar setiap tahun.',
      '"Kami terbuka bagi semua mitra baru," kata Santoso.',
    ].join('\n')
    const { speakers, unresolved } = findSpeakers(G, sentences(text))
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Direktur Utama Gamal Imam Santoso',
      'Juru Bicara Fadjar Djoko Santoso',
    ])
    expect(unresolved.map(attribution => attribution.mention.text)).toEqual(['Santoso'])
  })

  it("reads a regional title's region and an honorific, and keeps two officials of one region apart", () => {
    const text = [
      'Penandatanganan dilakukan oleh Bupati Sleman H. Budi Santoso, S.E., bersama Kajari Sleman Ani Rahma, S.H.',
      'Bupati Sleman Budi Santoso mengatakan bahwa kerja sama ini memperkuat tata kelola daerah.',
      '"Kami ingin semua layanan hukum lebih cepat," ucap Bupati.',
      'Kajari Sleman Ani Rahma menuturkan bahwa kejaksaan siap mendampingi semua dinas.',
    ].join('\n')
    const { speakers } = findSpeakers(G, sentences(text))
    expect(
      speakers.map(speaker => [speaker.label, speaker.office, speaker.attributions.length]),
    ).toEqual([
      ['Bupati Sleman H. Budi Santoso', 'Bupati Sleman', 2],
      ['Kajari Sleman Ani Rahma', 'Kajari Sleman', 1],
    ])
  })

  it('makes the main speaker the one the article is about, not a person named in passing', () => {
    const text = [
      'Perdana Menteri Lina Hartono menegaskan bahwa kawasan harus bersatu, seperti yang dilakukan Presiden Soekarno bertahun-tahun lalu.',
      '"Persatuan adalah kekuatan kita," kata Lina.',
      'Sekjen PBB Antonio Guterres mengatakan bahwa PBB mendukung inisiatif itu.',
    ].join('\n')
    const { main, speakers } = findSpeakers(G, sentences(text))
    expect(main?.label).toBe('Perdana Menteri Lina Hartono')
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Perdana Menteri Lina Hartono',
      'Sekjen PBB Antonio Guterres',
    ])
    expect(speakers[1].organisation).toBe('PBB')
  })

  it('leaves a pronoun with nobody before it for review, and never takes a common word for a name', () => {
    const { review } = briefing(
      '"Kami siap menjadi tuan rumah," katanya.\nUntuk memastikan kawasan damai, semua pihak harus berdialog.\nNegara-negara tersebut menyoroti peran Konvensi.',
    )
    expect(review.map(item => [item.section, item.line])).toEqual([['statements', 1]])
  })
})

describe('extractStatements', () => {
  const statements = (text: string) => {
    const { speakers, main } = findSpeakers(G, sentences(text))
    return extractStatements(speakers, main)
  }

  it('gives each other speaker one card: a person, an organisation or a country, with the country when the article says it', () => {
    const found = statements(
      [
        'Presiden Ana Lima mengatakan bahwa forum ini bersejarah.',
        'Presiden Ana Lima menegaskan bahwa semua negara diundang.',
        'Menteri Luar Negeri Jepang mengatakan bahwa data ancaman harus dibagi lebih cepat.',
        'Kerja sama regional harus diperkuat segera, kata Presiden Chili.',
        'Kementerian Luar Negeri Malaysia menyatakan bahwa Malaysia mendukung deklarasi itu.',
        'Presiden Lula menyatakan bahwa Brasil akan hadir pada pertemuan berikutnya.',
        'Sementara itu, Kanada menyerukan dialog yang lebih luas.',
      ].join('\n'),
    )
    expect(
      found.map(statement => [
        statement.speaker,
        statement.kind,
        statement.country,
        statement.message,
      ]),
    ).toEqual([
      ['Menteri Luar Negeri Jepang', 'person', 'Jepang', 'data ancaman harus dibagi lebih cepat'],
      ['Presiden Chili', 'person', 'Chili', 'Kerja sama regional harus diperkuat segera'],
      [
        'Kementerian Luar Negeri Malaysia',
        'organisation',
        'Malaysia',
        'Malaysia mendukung deklarasi itu',
      ],
      ['Presiden Lula', 'person', undefined, 'Brasil akan hadir pada pertemuan berikutnya'],
      ['Kanada', 'country', 'Kanada', 'menyerukan dialog yang lebih luas'],
    ])
  })

  it('does not take a speaker named inside a quote, or a sentence without a reporting verb', () => {
    expect(
      statements(
        'Delegasi itu berkata "Rusia menegaskan hal itu" kemarin. Vietnam telah mengeluarkan banyak strategi.',
      ),
    ).toEqual([])
  })

  it('shows names as the article writes them, never composed from parts', () => {
    const found = statements(
      'Presiden Ana Lima mengatakan bahwa forum ini resmi dibuka.\nPresiden Ana Lima menegaskan bahwa semua negara diundang.\nPresiden Kenya William Ruto mengatakan bahwa Afrika siap bermitra.\nRuto menambahkan bahwa perdagangan harus adil.',
    )
    expect(
      found.map(statement => [
        statement.speaker,
        statement.office,
        statement.country,
        statement.heard.length,
      ]),
    ).toEqual([['Presiden Kenya William Ruto', 'Presiden', 'Kenya', 2]])
  })
})

describe('pledges: money with its meaning', () => {
  const pledges = (text: string) => briefing(text)

  it('needs a pledging verb, an amount and an actor; a budget, a contract or a loss is not a pledge', () => {
    expect(
      pledges(
        'Jepang mencatat kerugian $5 juta tahun lalu. Dana sebesar $5 juta hilang dari kas. Proyek dengan nilai kontrak Rp493,5 miliar diteken.',
      ).briefing.pledges,
    ).toEqual([])
    const [pledge] = pledges('Jepang menjanjikan $5 juta untuk pelatihan aparat.').briefing.pledges
    expect(pledge).toMatchObject({
      pledger: 'Jepang',
      code: 'JP',
      purpose: 'untuk pelatihan aparat',
      amount: { text: '$5 juta', value: 5_000_000, currency: 'USD' },
    })
  })

  it('reads a conversion beside the amount, its parts, and the same pledge mentioned twice as one', () => {
    const { briefing: found } = pledges(
      [
        'Australia berkomitmen memberikan USD75 juta (Rp1,1 triliun) untuk keamanan siber kawasan, USD20 juta di antaranya untuk pelatihan.',
        'Australia juga menjanjikan USD75 juta itu dalam pidato penutupan.',
      ].join('\n'),
    )
    expect(found.pledges).toHaveLength(1)
    expect(found.pledges[0]).toMatchObject({
      pledger: 'Australia',
      amount: { text: 'USD75 juta', value: 75_000_000, currency: 'USD' },
      conversion: { text: 'Rp1,1 triliun', currency: 'IDR' },
      purpose: 'untuk keamanan siber kawasan',
      parts: [{ amount: { text: 'USD20 juta' }, purpose: 'untuk pelatihan' }],
    })
  })

  it('takes the pledger from the actor: a person stands for their country', () => {
    const { briefing: found } = pledges(
      'Presiden Prancis Francois Hollande berjanji akan menyumbang sebesar US$ 1 miliar untuk negara-negara miskin.',
    )
    expect(found.pledges.map(pledge => [pledge.pledger, pledge.code, pledge.amount.text])).toEqual([
      ['Prancis', 'FR', 'US$ 1 miliar'],
    ])
  })

  it('keeps two actors who pledge together, and "masing-masing", in the pledger as written', () => {
    const [pledge] = pledges(
      'Jepang dan Australia masing-masing akan menginvestasikan $1 miliar untuk proyek energi.',
    ).briefing.pledges
    expect([pledge.pledger, pledge.code, pledge.amount.text]).toEqual([
      'Jepang dan Australia masing-masing',
      undefined,
      '$1 miliar',
    ])
  })

  it('leaves an amount without a certain actor for review', () => {
    const { briefing: found, review } = pledges(
      'Dalam forum itu, dijanjikan pula dana segar. Kemudian menjanjikan US$ 6 juta untuk dana iklim PBB.',
    )
    expect(found.pledges).toEqual([])
    expect(review.map(item => [item.section, item.reason])).toEqual([
      ['pledges', 'US$ 6 juta is pledged, but the sentence does not say by whom; left for review'],
    ])
  })

  it('reads a purpose after "dalam", but not a time span', () => {
    expect(
      pledges('Jepang menjanjikan $5 juta dalam program pelatihan.').briefing.pledges[0].purpose,
    ).toBe('dalam program pelatihan')
    expect(
      pledges('Jepang menjanjikan $5 juta dalam dua tahun ke depan.').briefing.pledges[0].purpose,
    ).toBeUndefined()
  })
})

describe('extractContext: counts only where the article counts participants', () => {
  it('counts neither who did not attend nor an edition number', () => {
    const context = extractContext(
      G,
      sentences(
        'Dua kepala negara tak hadir dalam KTT itu. Presiden Budi menghadiri Pertemuan ke-15 Pemimpin kawasan.',
      ),
    )
    expect(context?.counts ?? []).toEqual([])
  })

  it("reads no list of issues as attendees, and keeps an attendee's degrees with the name", () => {
    expect(
      extractContext(
        G,
        sentences(
          'Menteri Ani Rahma yang hadir dalam pertemuan tersebut mengangkat lima isu utama yakni pangan, energi, Lamoria dan isu Sapta.',
        ),
      )?.attendees ?? [],
    ).toEqual([])
    expect(
      extractContext(
        G,
        sentences(
          'Kegiatan ini dipimpin oleh Kapolres Sapta yang dihadiri Wakapolres Sapta Kompol Budi Santoso, S.H., M.H., beserta para perwira serta awak media.',
        ),
      )?.attendees.map(item => item.text),
    ).toEqual([
      'Wakapolres Sapta Kompol Budi Santoso, S.H., M.H',
      'beserta para perwira serta awak media',
    ])
  })

  it('closes the attendance list where the relative clause closes ("… yang dihadiri oleh A dan B ini menjadi …")', () => {
    const context = extractContext(
      G,
      sentences(
        'Acara yang dihadiri oleh para pemimpin dunia dan ratusan peserta dari berbagai sektor ini menjadi sorotan global, mengingat pentingnya diskusi di dalamnya.',
      ),
    )!
    expect(context.attendees.map(item => item.text)).toEqual([
      'para pemimpin dunia dan ratusan peserta dari berbagai sektor',
    ])
  })

  it('counts a word of magnitude as written ("ratusan peserta", "puluhan negara")', () => {
    const context = extractContext(
      G,
      sentences(
        'Konferensi itu dihadiri ratusan peserta. Puluhan negara berpartisipasi dalam forum itu.',
      ),
    )!
    expect(context.counts.map(count => [count.role, count.number, count.text])).toEqual([
      ['attendance', 'ratusan', 'ratusan peserta'],
      ['attendance', 'Puluhan', 'Puluhan negara'],
    ])
  })

  it('counts nobody who was only to come, but who came to an event still running', () => {
    const planned = extractContext(
      G,
      sentences(
        'Rapat itu rencananya akan dihadiri oleh dua gubernur, tapi keduanya berhalangan. Empat bupati dijadwalkan hadir besok.',
      ),
    )
    expect(planned?.counts ?? []).toEqual([])
    const came = extractContext(
      G,
      sentences('Acara yang akan berlangsung selama tiga hari ini dihadiri 100 orang peserta.'),
    )!
    expect(came.counts.map(count => [count.role, count.text])).toEqual([
      ['attendance', '100 orang peserta'],
    ])
  })

  it('reads an attendance list that follows "dihadiri"', () => {
    const context = extractContext(
      G,
      sentences('Sesi itu dihadiri Presiden Budi, Menteri Ani, dan wakil dari 30 negara.'),
    )!
    expect(context.attendees.map(item => item.text)).toEqual([
      'Presiden Budi',
      'Menteri Ani',
      'wakil dari 30 negara',
    ])
  })

  it('reads the attendance list and the counts with their roles', () => {
    const context = extractContext(
      G,
      sentences(
        'Yang hadir adalah Presiden Budi, Menteri Ani, serta wakil lebih dari 1.200 negara. Sekitar 30 negara menandatangani dokumen itu. Usai sambutan, 12 delegasi berpidato.',
      ),
    )!
    expect(context.attendees.map(item => item.text)).toEqual([
      'Presiden Budi',
      'Menteri Ani',
      'wakil lebih dari 1.200 negara',
    ])
    expect(
      context.counts.map(count => [count.role, count.value, count.number, count.text]),
    ).toEqual([
      ['attendance', 1200, '1.200', 'lebih dari 1.200 negara'],
      ['signing', 30, '30', 'Sekitar 30 negara'],
      ['speakers', 12, '12', '12 delegasi'],
    ])
  })

  it('keeps "lebih" with its count, as a key figure too: "lebih 30 negara" is not "30 negara"', () => {
    expect(
      extractContext(
        G,
        sentences('Wakil dari lebih 30 negara berpartisipasi dalam konferensi itu.'),
      )!.counts.map(count => count.text),
    ).toEqual(['lebih 30 negara'])
    expect(
      extractKeyFigures(
        G,
        sentences('Kedua negara telah menandatangani lebih 12 perjanjian sejak tahun lalu.'),
        () => 0,
        [],
      ).map(figure => figure.figure),
    ).toEqual(['lebih 12 perjanjian'])
  })

  it('counts "diikuti oleh 40 negara", not a group\'s size nor what someone attended', () => {
    expect(
      extractContext(
        G,
        sentences('Forum itu diikuti oleh 40 negara dan 900 perusahaan.'),
      )!.counts.map(count => count.text),
    ).toEqual(['40 negara', '900 perusahaan'])
    expect(
      extractContext(G, sentences('Kelompok beranggotakan 11 negara itu hadir di Jakarta.')),
    ).toBeUndefined()
    expect(
      extractContext(
        G,
        sentences('Menteri itu menghadiri sidang pleno, upacara pembukaan, dan jamuan makan.'),
      ),
    ).toBeUndefined()
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

  it("takes a quote that follows the speaker's reporting verb", () => {
    const { main } = findSpeakers(
      G,
      sentences(
        'Presiden Ana Lima menegaskan: "Tidak ada yang tertinggal dalam transformasi digital kita."\nPresiden menekankan bahwa kerja sama adalah keharusan.',
      ),
    )
    expect(extractSpeech(G, main)!.quote?.text).toBe(
      'Tidak ada yang tertinggal dalam transformasi digital kita',
    )
  })

  it('keeps other direct quotes for the quote slide, but not a quoted term inside reported speech', () => {
    const { main } = findSpeakers(
      G,
      sentences(
        [
          '"Keamanan digital adalah hak setiap warga negara di mana pun," tegas Presiden Ana Lima.',
          '"Kita tidak boleh tertinggal dalam transformasi ini," kata Ana.',
          'Ana mengatakan bahwa negaranya beralih dari "pertahanan pasif yang lama dan lamban" menuju kerja sama aktif dengan semua mitra di kawasan.',
        ].join('\n'),
      ),
    )
    const speech = extractSpeech(G, main)!
    expect(speech.quote?.text).toBe('Keamanan digital adalah hak setiap warga negara di mana pun')
    expect(speech.quotes?.map(item => item.text)).toEqual([
      'Kita tidak boleh tertinggal dalam transformasi ini',
    ])
  })

  it('shows words the page printed twice as one message', () => {
    const lead =
      'Menteri Luar Negeri Ani Rahma menyebutkan ada lima poin komunike yang dihasilkan dalam pertemuan Sapta di Kota Lama pada 22 Februari lalu.'
    const { main } = findSpeakers(
      G,
      sentences(
        [
          lead,
          '',
          `Jakarta - ${lead}`,
          '',
          'Ani juga mengatakan bahwa kerja sama kawasan harus diperkuat tahun ini.',
        ].join('\n'),
      ),
    )
    expect(extractSpeech(G, main)!.messages.map(item => item.text)).toEqual([
      'ada lima poin komunike yang dihasilkan dalam pertemuan Sapta di Kota Lama pada 22 Februari lalu',
      'kerja sama kawasan harus diperkuat tahun ini',
    ])
  })

  it('finds the main speaker, the quote, the key messages and the closing commitment', () => {
    const { main } = findSpeakers(G, sentences(text))
    const speech = extractSpeech(G, main)!
    expect(speech.speaker).toBe('Presiden Ana Lima')
    expect(speech.quote?.text).toBe('Keamanan digital adalah hak setiap warga negara di mana pun')
    expect(speech.messages.map(item => item.text)).toEqual([
      'kerja sama lintas batas adalah keharusan',
    ])
    expect(speech.closing?.text).toBe(
      'menegaskan kembali komitmennya untuk melaksanakan semua kewajiban',
    )
  })
})

describe('condense', () => {
  it('keeps short text whole, without its full stop', () => {
    expect(condense('Kalimat pendek saja.')).toBe('Kalimat pendek saja')
  })

  it('keeps whole clauses verbatim, prefers quoted ones, and marks the gaps', () => {
    const long =
      'Pemerintah telah bekerja keras selama bertahun-tahun di banyak bidang, termasuk pendidikan dan kesehatan masyarakat di daerah terpencil, mengubah pendekatan dari "reaktif" menjadi "proaktif", dan juga memperluas jaringan kerja sama dengan berbagai mitra internasional.'
    const short = condense(long, 20)
    expect(wordCount(short.replace(/…/gu, ''))).toBeLessThanOrEqual(20)
    expect(short).toContain('mengubah pendekatan dari "reaktif" menjadi "proaktif"')
    for (const piece of short
      .split('…')
      .map(part => part.trim())
      .filter(Boolean))
      expect(long).toContain(piece)
  })

  it('counts a year alone as no figure: the clause that says more is kept first', () => {
    expect(
      condense(
        'Musyawarah ini bukan sekadar rutinitas tahunan, tetapi merupakan forum strategis untuk merumuskan arah kebijakan dan prioritas pembangunan tahun 2026.',
        14,
      ),
    ).toBe('Musyawarah ini bukan sekadar rutinitas tahunan …')
    // A figure still counts: "Rp3 triliun".
    expect(
      condense(
        'Musyawarah ini bukan sekadar rutinitas tahunan, tetapi merupakan forum untuk membahas anggaran Rp3 triliun tahun ini.',
        12,
      ),
    ).toBe('… tetapi merupakan forum untuk membahas anggaran Rp3 triliun tahun ini')
  })
})

/** A speaker known by one label, as the cover reads them. */
function speakerLabelled(label: string): Speaker {
  return { id: 0, kind: 'person', label, mentions: [], attributions: [] }
}

describe('extractCover and extractSourceLink', () => {
  it("reads the event, its place and date as written, not the dateline's tag nor a statement's date", () => {
    const article = parseArticle(
      [
        'Jakarta (ANTARA) - Ketua MPR Bambang Soesatyo membuka Konferensi Internasional Parlemen Dunia di Gedung Merdeka, Bandung, Selasa (25/10/2022).',
        '"Forum ini milik kita," kata Bambang dalam keterangan tertulis, Rabu (26/10/2022).',
      ].join('\n'),
    )
    expect(article.dateline).toMatchObject({ place: 'Jakarta', text: 'Jakarta (ANTARA) - ' })
    expect(extractCover(G, article, speakerLabelled('Ketua MPR Bambang Soesatyo'))).toMatchObject({
      title: 'Konferensi Internasional Parlemen Dunia',
      place: 'Gedung Merdeka, Bandung',
      date: 'Selasa (25/10/2022)',
    })
  })

  it('skips the date beside "keterangan tertulis" and a future event\'s place', () => {
    const article = parseArticle(
      'Xi mengumumkan, Forum Sabuk Jalan ke-2 akan digelar di Beijing pada April tahun depan.\n"Kami siap," ujar Direktur Utama Gamal dalam keterangan tertulis, Jumat (20/6/2025).',
    )
    const cover = extractCover(G, article, undefined)
    expect(cover.place).toBeUndefined()
    expect(cover.date).toBeUndefined()
  })

  it('does not take the body an office heads for the event ("Ketua Forum X Nama" names a person\'s office)', () => {
    const article = parseArticle(
      'Kampus Siap Membantu Pendidikan Daerah\n\nBOGOR - Ketua Forum Rektor Nusantara (FRN) Budi Santoso mengatakan kampus siap membantu. Hal itu ia sampaikan dalam Seminar Nasional Pendidikan di Gedung Pusat, Bogor.',
    )
    expect(
      extractCover(G, article, speakerLabelled('Ketua Forum Rektor Nusantara (FRN) Budi Santoso'))
        .subtitle,
    ).toBe('Seminar Nasional Pendidikan · Ketua Forum Rektor Nusantara (FRN) Budi Santoso')
    // After a title of office, past the four words an event's name may have before its noun.
    const longer = parseArticle(
      'Parlemen Kawasan Bersatu\n\nJAKARTA - Presiden ke-9 Parlemen Antar Bangsa Raya Assembly (PABRA) Sari Dewi mengatakan parlemen harus bersatu.',
    )
    expect(
      extractCover(
        G,
        longer,
        speakerLabelled('Presiden ke-9 Parlemen Antar Bangsa Raya Assembly (PABRA) Sari Dewi'),
      ).subtitle ?? '',
    ).not.toMatch(/Sari Dewi ·/u)
  })

  it('reads a numeric dateline date when the story gives none', () => {
    const article = parseArticle(
      'HANOI, Sabtu (25/10/2025) - Konvensi Hanoi ditandatangani hari ini di ibu kota.',
    )
    expect(extractCover(G, article, undefined).date).toBe('Sabtu (25/10/2025)')
  })

  it('titles the deck with the most-named event and keeps only http(s) sources', () => {
    const article = parseArticle(
      'KTT ASEAN dibuka hari ini. Para pemimpin tiba untuk KTT ASEAN pada 12 Mei 2026.\nSumber: javascript:alert(1)\nSumber: https://www.contoh.id/berita/1',
    )
    const link = extractSourceLink(G, article.paragraphs)
    expect(link).toMatchObject({ url: 'https://www.contoh.id/berita/1', domain: 'contoh.id' })
    expect(extractCover(G, article, undefined, link?.domain)).toEqual({
      title: 'KTT ASEAN',
      subtitle: undefined,
      publisher: 'contoh.id',
      date: '12 Mei 2026',
    })
  })

  it("takes no picture's address for the source: a pasted image line, then the page's own", () => {
    const article = parseArticle(
      [
        'Bupati Sapta Budi Santoso membuka Forum Desa di Kota Lama, Senin (3/5).',
        'https://kabar.example/wp-content/uploads/2024/05/foto-forum-1.JPG',
        'https://kabar.example/berita/forum-desa',
      ].join('\n\n'),
    )
    expect(extractSourceLink(G, article.paragraphs)).toMatchObject({
      url: 'https://kabar.example/berita/forum-desa',
    })
    expect(extractSourceLink(G, article.paragraphs.slice(0, 2))).toBeUndefined()
  })
})

describe('speechShown', () => {
  it('keeps the most salient messages and the closing on at most two slides, each a verbatim piece', () => {
    const long =
      'Kerja sama regional harus diperkuat di semua bidang, termasuk keamanan siber dan pertukaran data antarlembaga, demi melindungi warga dari ancaman baru, serta membangun kepercayaan antarnegara di kawasan yang terus berubah dengan cepat'
    const item = (text: string, rank: number) => ({
      text,
      rank,
      source: { line: rank + 1, column: 1, sentence: text },
    })
    const speech = {
      speaker: 'Presiden Ana Lima',
      messages: [
        item(long, 0),
        item(long, 1),
        item(long, 2),
        item(long, 3),
        item(long, 4),
        item(long, 5),
      ],
      closing: {
        text: 'menegaskan kembali komitmennya',
        source: { line: 9, column: 1, sentence: 'x' },
      },
      heard: [],
    }
    const shown = speechShown(speech, labelsFor())
    expect(shown.at(-1)).toMatchObject({ closing: true })
    const messages = shown.filter(entry => !entry.closing)
    // Four fit on the first slide; more only as far as a second one holds them; the least salient
    // give way.
    expect(messages.length).toBeGreaterThanOrEqual(4)
    expect(messages.length).toBeLessThan(6)
    expect(
      messages.map(({ item: message }) => (message as unknown as { rank: number }).rank),
    ).toEqual([...messages.keys()])

    for (const { item: message } of messages) {
      for (const piece of message.text
        .split('…')
        .map(part => part.trim())
        .filter(Boolean))
        expect(long).toContain(piece)
    }
  })
})

describe('key figures', () => {
  it('shows a figure the speaker quotes, after every figure the report states itself', () => {
    const figures = (text: string) =>
      extractKeyFigures(G, sentences(text), () => 0, []).map(figure => figure.figure)
    const shown = figures(
      [
        'Kepala Badan Sapta, Budi Santoso, membuka konferensi pers di Kota Lama pada Senin.',
        'Petugas menyita 12 koper berisi barang bukti di pelabuhan.',
        '"Dari gudang itu kami menyita 36,5 kilogram barang bukti," kata Budi Santoso.',
      ].join('\n\n'),
    )
    expect(shown).toEqual(['12 koper', '36,5 kilogram'])
    // Nine figures of the report's own fill the slide: the quoted one, though first, gives way.
    const many = figures(
      [
        '"Kami menyita 36,5 kilogram barang bukti," kata Budi Santoso.',
        ...[12, 13, 14, 15, 16, 17, 18, 19, 21].map(
          count => `Petugas menyita ${count} koper di pelabuhan.`,
        ),
      ].join('\n\n'),
    )
    expect(many).toHaveLength(9)
    expect(many).not.toContain('36,5 kilogram')
    // A small count of points ("7 agenda") is a figure unless the list it announces is shown or
    // follows it.
    const counted =
      'Menteri Sapta menyebut telah ditetapkan 7 agenda pembangunan nasional tahun ini.'
    expect(figures(counted)).toEqual(['7 agenda'])
    expect(
      extractKeyFigures(
        G,
        sentences(counted),
        () => 0,
        [],
        count => count === 7,
      ).map(figure => figure.figure),
    ).toEqual([])
    expect(
      figures('Forum itu berpegang pada 10 prinsip yaitu perdamaian, keadilan dan kerja sama.'),
    ).toEqual([])
  })
})

describe('a regional title with its region written out', () => {
  it('reads "Bupati Kepulauan Sapta, Nama" as the office and the name, and ", Senin" as no name', () => {
    const found = findSpeakers(
      G,
      sentences(
        [
          'Penandatanganan MoU dilakukan Bupati Kepulauan Sapta, Budi Santoso dan Rektor Universitas Kota Ani Rahma pada apel gabungan di halaman kantor Bupati Kepulauan Sapta, Senin.',
          'Bupati mengatakan, dengan MoU ini riset pangan di daerah itu akan makin kuat.',
          'Menurut Bupati, kerja sama itu sudah lama dirancang oleh kedua belah pihak.',
        ].join('\n\n'),
      ),
    )
    expect(found.main?.label).toBe('Bupati Kepulauan Sapta, Budi Santoso')
    expect(found.unresolved).toEqual([])
  })
})

describe('a title held for now, or stood in for', () => {
  it('reads "Penjabat (Pj) Wali Kota X, H Nama" as one mention, and a later "Pj Wali Kota" as that person', () => {
    const { speakers } = findSpeakers(
      G,
      sentences(
        [
          'Laporan kinerja kota itu disampaikan Penjabat (Pj) Wali Kota Lama, H Budi Santoso pada konferensi pers, Selasa.',
          '"Inflasi kota terkendali berkat kerja satgas pangan," ucap Pj Wali Kota.',
        ].join('\n'),
      ),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Penjabat (Pj) Wali Kota Lama, H Budi Santoso', 2],
    ])
  })

  it('gives the words to the one who stands in for the title ("Gubernur diwakili …, M Nama mengatakan")', () => {
    expect(
      mentionAt(
        G,
        'Gubernur diwakili Penjabat (Pj) Sekretaris Provinsi (Sekprov), M Budi Santoso mengatakan, target naik.',
        0,
      ),
    ).toMatchObject({
      text: 'Penjabat (Pj) Sekretaris Provinsi (Sekprov), M Budi Santoso',
      office: 'Penjabat (Pj) Sekretaris Provinsi',
      name: 'M Budi Santoso',
    })
    // Without anyone after it, the title stands.
    expect(mentionAt(G, 'Gubernur mengatakan, target naik.', 0)).toMatchObject({
      office: 'Gubernur',
    })
  })
})

describe('a title held before', () => {
  it('reads "Mantan Menlu Nama" as a former office and a name, and "mantan X itu" as an epithet', () => {
    expect(mentionAt(G, 'Mantan Menlu Budi Santoso bertukar pendapat.', 0)).toMatchObject({
      text: 'Mantan Menlu Budi Santoso',
      office: 'Mantan Menlu',
      name: 'Budi Santoso',
    })
    const { speakers } = findSpeakers(
      G,
      sentences(
        [
          'Kepala Staf Budi Santoso mengatakan, apel itu digelar di markas, Senin.',
          '"Ciptakan rasa aman bagi warga," kata mantan Panglima Komando Cadangan Strategis Angkatan Darat (Pangkostrad) itu.',
        ].join(' '),
      ),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Kepala Staf Budi Santoso', 2],
    ])
  })
})

describe('military and police ranks', () => {
  it('keeps a rank in the mention and out of the name, after the title or set off by a comma', () => {
    const at = (text: string) => mentionAt(G, text, 0)
    // A retired one's mark after the ranks: "(Purn)".
    expect(
      at('Gubernur Kota Lama (Kolam), Mayjen TNI (Purn) Budi Santoso, membuka acara itu.'),
    ).toMatchObject({
      office: 'Gubernur Kota Lama (Kolam)',
      name: 'Budi Santoso',
    })
    expect(at('Mayjen TNI (Purn) Budi Santoso membuka acara itu.')).toMatchObject({
      name: 'Budi Santoso',
    })
    expect(at('Kapolda Sapta, Irjen Pol Budi Santoso dalam konferensi pers.')).toMatchObject({
      text: 'Kapolda Sapta, Irjen Pol Budi Santoso',
      office: 'Kapolda Sapta',
      name: 'Budi Santoso',
    })
    expect(at('Kepala Badan Sapta Komjen Budi Santoso mengatakan.')).toMatchObject({
      name: 'Budi Santoso',
    })
    expect(at('Letjen Budi Santoso mengatakan.')).toMatchObject({
      text: 'Letjen Budi Santoso',
      name: 'Budi Santoso',
    })
    // An honorific without its full stop is stepped over as with one: "H Budi", "Dr Ani".
    expect(at('H Budi Santoso menyentil para bupati.')).toMatchObject({ text: 'H Budi Santoso' })
    expect(at('Dr Ani Rahma mengatakan.')).toMatchObject({ text: 'Dr Ani Rahma' })
    // A title's short form in brackets right after its head: "Wakil Presiden (Wapres) Nama"; a
    // caption's "(kiri)" is no part of it, nor is a short form after a word that is no title.
    expect(at('Wakil Presiden (Wapres) Budi Santoso akan hadir.')).toMatchObject({
      text: 'Wakil Presiden (Wapres) Budi Santoso',
      office: 'Wakil Presiden',
      name: 'Budi Santoso',
    })
    expect(at('Presiden (kiri) Budi Santoso berjabat tangan.')).toMatchObject({
      text: 'Presiden',
    })
    // A weekday with its date after a name ends it, and the verb after it still attributes.
    expect(at('Budi Santoso Selasa (4/7/2023) menyebut posisi forum itu istimewa.')).toMatchObject({
      text: 'Budi Santoso',
    })
    expect(
      findAttributions(
        G,
        sentences(
          'Budi Santoso Selasa (4/7/2023) menyebut posisi forum itu istimewa bagi kawasan.',
        ),
      ).map(attribution => attribution.mention.text),
    ).toEqual(['Budi Santoso'])
    // A state's style is the title's: "Republik Islam X" names no one.
    expect(
      at('Menteri Luar Negeri Republik Islam Iran, Budi Santoso dalam konferensi pers mengatakan.'),
    ).toMatchObject({ name: 'Budi Santoso', country: { code: 'IR' } })
    // "Sekretaris Jenderal" is a title, not a rank before a name.
    expect(at('Sekretaris Jenderal PBB Ani Rahma mengatakan.')).toMatchObject({
      office: 'Sekretaris Jenderal PBB',
      name: 'Ani Rahma',
    })
  })
})

describe('a quotation over several sentences', () => {
  it('is the speaker of its short closing tail ("Lengkap," katanya.), and "Ia" after it is them', () => {
    const { main } = findSpeakers(
      G,
      sentences(
        [
          '"Hari ini kita membuka forum investasi kota," kata Wali Kota Lama Budi Santoso, Senin.',
          '"Topiknya adalah energi terbarukan dan pangan. Forum ini diikuti para investor dan kepala daerah. Lengkap," katanya.',
          'Ia menjelaskan investasi merupakan salah satu kekuatan untuk membangun daerah.',
        ].join('\n\n'),
      ),
    )
    const said = main?.attributions.map(attribution => attribution.message.text.slice(0, 30))
    expect(main?.label).toBe('Wali Kota Lama Budi Santoso')
    expect(said).toEqual([
      'Hari ini kita membuka forum in',
      'Topiknya adalah energi terbaru',
      'Forum ini diikuti para investo',
      'Lengkap',
      'investasi merupakan salah satu',
    ])
  })
})

describe('a clause fronted before the speaker', () => {
  it('is theirs with its verb ("Menyoroti X sebagai …, Nama menuturkan …"), not a topic ("Terkait X, …")', () => {
    const { main } = findSpeakers(
      G,
      sentences(
        [
          'Menteri Luar Negeri Sapta Budi Santoso bertemu mitranya di Kota Lama pada Selasa.',
          'Menyoroti Kota Baru sebagai salah satu mitra terpenting di kawasan, Santoso menuturkan kedua pihak telah membahas rencana kunjungan.',
          'Terkait pembentukan dewan bersama kedua negara, Santoso mengatakan pertemuan pertama akan digelar tahun depan.',
        ].join('\n\n'),
      ),
    )
    const said = main?.attributions.map(attribution => attribution.message.text)
    expect(said).toContain('Menyoroti Kota Baru sebagai salah satu mitra terpenting di kawasan')
    expect(said?.some(text => text.startsWith('Terkait'))).toBe(false)
  })
})

describe('a pronoun that closes a long quotation', () => {
  it('is told from where the quotation opens, not from its last sentence', () => {
    const { main, unresolved } = findSpeakers(
      G,
      sentences(
        [
          'Gubernur Sapta Budi Santoso membuka musyawarah rencana pembangunan di Kota Lama, Senin.',
          'Budi Santoso menyatakan, pembangunan harus merata sampai ke desa.',
          'Data dinas mencatat 40 desa belum terjangkau jalan aspal.',
          '"Semua desa harus terjangkau. Jalan adalah urat nadi ekonomi. Kami akan membangunnya bertahap. Anggaran sudah kami siapkan. Semua pihak harus mendukung," ujar dia.',
        ].join('\n\n'),
      ),
    )
    expect(unresolved).toEqual([])
    expect(main?.attributions.map(attribution => attribution.message.text)).toContain(
      'Semua pihak harus mendukung',
    )
  })
})

describe('a name written as initials', () => {
  it('is the person whose full name they are ("Wapres BS" after "Wakil Presiden Budi Santoso")', () => {
    const { main, speakers } = findSpeakers(
      G,
      sentences(
        [
          '"Indonesia siap berkontribusi," tegas Wapres BS.',
          'Wakil Presiden Budi Santoso menyampaikan pidato dalam Sidang Umum di Kota Lama, Jumat.',
          'Budi Santoso mengatakan, multilateralisme harus diperkuat oleh semua negara anggota.',
        ].join('\n\n'),
      ),
    )
    expect(speakers).toHaveLength(1)
    expect(main?.label).toBe('Wakil Presiden Budi Santoso')
    // Letters that are no one's initials stay a body: "Kepala BNN" is not Budi Santoso.
    expect(
      findSpeakers(
        G,
        sentences(
          [
            'Wakil Presiden Budi Santoso membuka rapat koordinasi nasional itu di Kota Lama.',
            '"Kami siap menjalankan arahan itu sepenuhnya," kata Kepala BNN.',
            '"Kita harus menang melawan narkoba," ujar Budi Santoso.',
          ].join('\n\n'),
        ),
      ).speakers.map(speaker => speaker.label),
    ).toEqual(['Kepala BNN', 'Wakil Presiden Budi Santoso'])
  })
})

describe('a pronoun after a country spoke', () => {
  it('stands for the person who spoke just before, not the country ("…” terangnya")', () => {
    const { main, speakers } = findSpeakers(
      G,
      sentences(
        [
          'Menteri Luar Negeri Sapta Ani Rahma menegaskan dunia berada di persimpangan jalan.',
          'Hal ini diungkapkan Ani dalam pidatonya di depan Sidang Umum, Sabtu (23/9/2023).',
          'Melalui prinsip itu, Indonesia menyerukan kepada seluruh negara untuk menghormati hukum internasional.',
          '“Kepemimpinan global adalah tentang mendengarkan yang lain dan menghormati semua negara” terangnya, dikutip situs resmi kementerian.',
        ].join('\n\n'),
      ),
    )
    expect(main?.label).toBe('Menteri Luar Negeri Sapta Ani Rahma')
    expect(main?.attributions.map(attribution => attribution.message.text)).toContain(
      'Kepemimpinan global adalah tentang mendengarkan yang lain dan menghormati semua negara',
    )
    expect(speakers.find(speaker => speaker.kind === 'country')?.attributions).toHaveLength(1)
  })
})

describe('a short name of several words in brackets', () => {
  it('is the person\'s: "Nama (Gus Menteri)", then "Gus Menteri menambahkan …"', () => {
    const { main, speakers } = findSpeakers(
      G,
      sentences(
        [
          'Menteri Desa Budi Santoso (Gus Menteri) hadir sekaligus membuka acara. Dalam sambutannya, ia mengatakan desa adalah cikal bakal peradaban.',
          'Gus Menteri menambahkan telah ditetapkan agenda pembangunan desa untuk lima tahun.',
        ].join('\n\n'),
      ),
    )
    expect(speakers).toHaveLength(1)
    expect(main?.label).toBe('Menteri Desa Budi Santoso (Gus Menteri)')
  })
})

describe('the quote slide', () => {
  it('shortens a quote too long for the slide to whole clauses, the cut marked, the words verbatim', () => {
    const clause = (n: number) =>
      `memperkuat kerja sama kawasan di bidang ke-${n} bersama para mitra dari seluruh negara anggota`
    const long = Array.from({ length: 9 }, (_, n) => clause(n + 1)).join(', ')
    const deck = generateDeck(
      [
        `"Kami menginginkan agar semua pihak ${long}," kata Presiden Sapta Budi Santoso dalam KTT Kota Lama, Senin (3/3/2025).`,
        'Budi Santoso mengatakan, kerja sama itu harus segera dimulai oleh semua negara anggota.',
      ].join('\n\n'),
    )
    const quote = deckSlides(deck.markdown).find(slide => slide.frontmatter.routeAlias === 'quote')
    const shown = /<blockquote[^>]*>.*?<p>(.*?)<span/su.exec(quote!.content)![1]!
    expect(shown.endsWith('…')).toBe(true)
    expect(shown.length).toBeLessThan(long.length)
    for (const piece of shown.split('…').map(part => part.trim().replace(/,$/u, '')))
      if (piece)
        expect(
          long.includes(piece) || `Kami menginginkan agar semua pihak ${long}`.includes(piece),
        ).toBe(true)
  })
})

describe('a paragraph that is a quotation and names nobody', () => {
  const positions = (text: string) =>
    findAttributions(G, sentences(text)).map(attribution => [
      attribution.position,
      attribution.mention.text,
    ])

  it('goes on with the speaker the paragraph before ends with, up to where the quotation closes', () => {
    expect(
      positions(
        'Menteri Luar Negeri Budi Santoso menyoroti kerja sama kedua negara yang terus tumbuh.\n\n“Kedua dokumen akan memperkuat hubungan kita. Kerja sama pangan juga bertambah.”\n\nPertemuan berikutnya digelar di Kota Lama tahun depan.',
      ),
    ).toEqual([
      [0, 'Menteri Luar Negeri Budi Santoso'],
      [1, 'Menteri Luar Negeri Budi Santoso'],
      [2, 'Menteri Luar Negeri Budi Santoso'],
    ])
  })

  it('is not theirs when the paragraph says who speaks, read or not', () => {
    expect(
      positions(
        'Menteri Luar Negeri Budi Santoso menyoroti kerja sama kedua negara yang terus tumbuh.\n\n“Terima kasih untuk bantuan ini,” imbuh salah satu penerima bantuan dari desa.',
      ),
    ).toEqual([[0, 'Menteri Luar Negeri Budi Santoso']])
  })
})

describe('a figure of long ago', () => {
  const figures = (text: string) =>
    extractKeyFigures(G, sentences(text), () => 0, []).map(figure => figure.figure)

  it('is history, not news: a year long before the latest the article names', () => {
    const shown = figures(
      [
        'Bupati Budi Santoso mengatakan belanja daerah pada tahun 2021 mencapai Rp 4,1 triliun.',
        'Ia mengungkapkan bahwa di awal dia menjabat tahun 2010, belanja pegawai mencapai 73 persen, sedangkan belanja modal hanya 23 persen.',
      ].join('\n\n'),
    )
    expect(shown).toEqual(['Rp 4,1 triliun'])
  })

  it('keeps a figure of a span or a change since that year, and a year that names a rule or an event', () => {
    const shown = figures(
      [
        'Menteri Ani Rahma menyebut target tahun 2025 tercapai.',
        'Sejak Dana Sapta didirikan pada tahun 2006, kebutuhan dana telah meningkat 10 kali lipat.',
        'Angka pengangguran turun dari 7,66 % pada tahun 2019 menjadi 6,29 % tahun ini.',
        'Dalam Peraturan Nomor 1 tahun 2018, lembaga menetapkan bunga sebanyak tiga kali dalam satu tahun.',
        'Forum Sapta 2017 berlangsung dengan 15 sesi diskusi.',
      ].join('\n\n'),
    )
    expect(shown).toEqual(expect.arrayContaining(['10 kali', '6,29 %', 'tiga kali', '15 sesi']))
  })
})

describe('a figure of an earlier edition', () => {
  it('is no key figure of this one ("Pada Kongres 1 ada 5.000 peserta")', () => {
    const shown = extractKeyFigures(
      G,
      sentences(
        '"Kongres kali ini ada peningkatan. Pada Kongres 1 ada 5.000 peserta dan yang ke dua 8.000 peserta. Kini kita memiliki 200 kepala daerah," kata Budi.',
      ),
      () => 0,
      [],
    ).map(figure => figure.figure)
    expect(shown).not.toContain('5.000 peserta')
    expect(shown).toContain('200 kepala')
  })
})

describe("an event's year inside a title", () => {
  it('keeps "Ketua Panitia Sapta Expo 2022" as the title and "H. Budiyanto" as the name, not a year after a name', () => {
    expect(
      mentionAt(
        G,
        'Ketua Panitia Sapta Expo 2022 H. Budiyanto menyampaikan pameran ini dibuka.',
        0,
      ),
    ).toMatchObject({ office: 'Ketua Panitia Sapta Expo 2022', name: 'H. Budiyanto' })
    expect(mentionAt(G, 'Menteri Budi Santoso 2022 Jakarta', 0)).toMatchObject({
      office: 'Menteri',
      name: 'Budi Santoso',
    })
  })
})
