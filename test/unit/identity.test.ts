// The event's identity and the speakers of articles nobody here has read: each rule with a made-up
// article of the genre, once where it applies and once where it must not.
import { describe, expect, it } from 'vitest'
import { extractAttendees } from '../../scripts/extract/context.js'
import { extractCover } from '../../scripts/extract/cover.js'
import { findSpeakers } from '../../scripts/extract/speakers.js'
import { extractSpeech } from '../../scripts/extract/speech.js'
import { generateDeck } from '../../scripts/generate-deck.js'
import { grammarOf } from '../../scripts/lang/grammar.js'
import { parseArticle } from '../../scripts/parse/parse-article.js'

const G = grammarOf()

function coverOf(text: string) {
  const article = parseArticle(text, G)
  return extractCover(G, article, findSpeakers(G, article.sentences).main)
}

function speakersOf(text: string) {
  return findSpeakers(G, parseArticle(text, G).sentences)
}

describe('an event named in English', () => {
  it('reads "International Convention on …" and "… of the …", never a convention center', () => {
    expect(
      coverOf(
        'Tiga perusahaan meneken kontrak dalam International Convention on Sapta Upstream Energy (ISUE) 2023 di Kota Lama, Kamis (21/9/2023).',
      ).title,
    ).toBe('International Convention on Sapta Upstream Energy (ISUE) 2023')
    expect(
      coverOf(
        'PM Budi Santoso menghadiri Annual Meeting of the New Champions di Kota Lama, Senin (3/5).',
      ).title,
    ).toBe('Annual Meeting of the New Champions')
    expect(
      coverOf(
        'Menteri Ani Rahma berbicara dalam konferensi pers di Lamoria Convention Center (LCC), Kamis (7/9/2023).',
      ).title,
    ).toBeUndefined()
  })
})

describe("an event or a place that is not this event's", () => {
  it('takes no earlier edition ("… Forum X tahun lalu"), and no place the speaker arrived at', () => {
    const earlier = coverOf(
      [
        'Sejumlah isu dibahas dalam Retreat para Menteri Luar Negeri Sapta di Kota Lama pada Kamis (25/7).',
        'Sebagai tindak lanjut dari penyelenggaraan Forum Samudra Lamoria (FSL) tahun lalu, tahun ini akan digelar pertemuan kedua.',
      ].join('\n'),
    )
    expect(earlier.title).toBe('Retreat para Menteri Luar Negeri Sapta')
    expect(JSON.stringify(earlier)).not.toMatch(/Forum Samudra/u)
    const arrived = coverOf(
      [
        'Presiden Budi Santoso telah mengikuti KTT Luar Biasa Sapta di Kota Lama.',
        '"Anggota Sapta harus bersatu," kata Budi saat tiba di Bandara Lamoria, Jakarta, Kamis 14 Desember 2017.',
      ].join('\n'),
    )
    expect(arrived.place).not.toMatch(/Bandara/u)
  })
})

describe('the title a format or a speech is given', () => {
  it('reads "konferensi pers berjudul "…"" as the theme, never a book\'s title', () => {
    expect(
      coverOf(
        'Presiden Budi Santoso menyampaikan pidato pembuka konferensi pers berjudul "100 Hari Presiden: Pers Bertanya, Rakyat Menjawab" di Kota Lama, Kamis (3/7).',
      ).theme?.text,
    ).toBe('100 Hari Presiden: Pers Bertanya, Rakyat Menjawab')
    expect(
      coverOf(
        'Menteri Ani Rahma meluncurkan buku berjudul "Jalan Panjang Kota Lama" di Forum Sapta, Kamis (3/7).',
      ).theme,
    ).toBeUndefined()
  })
})

describe('the headline of a pasted page', () => {
  it('leaves off the site name after a bar, and a caption that a "Foto:" line credits', () => {
    const cover = coverOf(
      [
        'Menteri Ani Rahma Ajak Negara Tetangga Perkuat Cadangan Pangan | Kabar Kota',
        '',
        'Menteri Ani Rahma di acara Forum Dagang Sapta di Kota Lama, Jumat (27/3).',
        'Foto: Harian Kota/Budi Santoso',
        'Menteri Ani Rahma di acara Forum Dagang Sapta di Kota Lama, Jumat (27/3).',
        '',
        'KOTA BARU -- Menteri Pertanian Ani Rahma mengajak negara tetangga memperkuat cadangan pangan bersama saat membuka Konferensi Pangan Kota Baru, Rabu pagi (22/4).',
      ].join('\n'),
    )
    expect(cover.title).toBe('Menteri Ani Rahma Ajak Negara Tetangga Perkuat Cadangan Pangan')
    expect(cover.date).toBe('Rabu pagi (22/4)')
    expect(JSON.stringify(cover)).not.toMatch(/Forum Dagang|27\/3/u)
  })

  it("titles the deck, past the site's name, a rubric, a timestamp and a photo caption", () => {
    const cover = coverOf(
      [
        'harian.example',
        'Langganan',
        '',
        'Forum Pangan',
        '',
        'Menteri Ani Rahma Ajak Negara Tetangga Perkuat Cadangan Pangan',
        'Senin, 4 Maret 2025 10:21 WIB',
        'Menteri Ani Rahma di Gedung Sapta (FOTO KOTA/Budi Santoso)',
        '',
        'Menteri Pertanian Ani Rahma mengajak negara tetangga memperkuat cadangan pangan bersama.',
      ].join('\n'),
    )
    expect(cover.title).toBe('Menteri Ani Rahma Ajak Negara Tetangga Perkuat Cadangan Pangan')
  })

  it('is a line the story shares a word with, and the same line twice is told once', () => {
    const article = parseArticle(
      [
        'Berita Pilihan Hari Ini',
        '',
        'Diskon tiket hingga 40% bergulir pekan ini.',
        'Diskon tiket hingga 40% bergulir pekan ini.',
        '',
        'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat.',
      ].join('\n'),
      G,
    )
    expect(extractCover(G, article, undefined).title).toBeUndefined()
    expect(article.sentences.map(sentence => sentence.sentence)).toEqual([
      'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat.',
    ])
  })

  it('never is a person or a lower-case phrase: the deck falls back to its label, which is no fact', () => {
    const text =
      'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat. "Kita harus siap," kata Ani dalam konferensi pers di Jakarta, Senin (4/3/2025).'
    expect(coverOf(text).title).toBeUndefined()
    const deck = generateDeck(text)
    expect(deck.markdown).toContain('<h1 class="title-52">Ringkasan berita</h1>')
  })
})

describe('where and when the main speaker spoke', () => {
  it('is the phrase after their name, with the venue and the date as written', () => {
    const cover = coverOf(
      '"Cadangan pangan harus diperkuat," kata Menteri Pertanian Ani Rahma dalam konferensi pers di Gedung Sapta, Jakarta, Senin (4/3/2025) malam.',
    )
    expect(cover.occasion?.text).toBe(
      'dalam konferensi pers di Gedung Sapta, Jakarta, Senin (4/3/2025) malam',
    )
    expect(cover.date).toBe('Senin (4/3/2025) malam')
    expect(cover.place).toBe('Gedung Sapta, Jakarta')
  })

  it('is never the date of what the speaker plans ("…, pada Kamis (…) berencana akan …")', () => {
    const cover = coverOf(
      [
        'Presiden Ani Rahma menyampaikan pidato di KTT Kota Lama di Madrid pada Rabu (29/6).',
        'Presiden Ani Rahma, pada Kamis (30/6) berencana akan mengakhiri jadwalnya di KTT Kota Lama dengan pertemuan bilateral.',
        '"Kita harus bersatu," kata Ani Rahma.',
      ].join(' '),
    )
    expect(cover.occasion?.text ?? '').not.toContain('Kamis (30/6)')
    expect(cover.date).toBe('Rabu (29/6)')
  })

  it('is also the phrase after a pronoun or "-nya" that attributes their words', () => {
    const cover = coverOf(
      [
        'Menteri Pertanian Ani Rahma menegaskan cadangan pangan harus diperkuat tahun ini.',
        '"Kita tidak boleh lengah," ujarnya dalam konferensi pers di Gedung Sapta, Senin (4/3/2025).',
      ].join('\n\n'),
    )
    expect(cover.occasion?.text).toBe('dalam konferensi pers di Gedung Sapta, Senin (4/3/2025)')
  })

  it('is not a written statement, and stops before another person', () => {
    expect(
      coverOf(
        '"Cadangan pangan harus diperkuat," kata Menteri Pertanian Ani Rahma dalam keterangan tertulis, Senin (4/3/2025).',
      ).occasion,
    ).toBeUndefined()
    expect(
      coverOf(
        '"Kita harus terus berkolaborasi," tutur Wali Kota Sari Dewi usai penandatanganan MoU dengan Wali Kota Budi Santoso di Balai Kota.',
      ).occasion?.text,
    ).toBe('usai penandatanganan MoU')
  })

  it("dates the event, not a release sent to a site or a document's own date", () => {
    expect(
      coverOf(
        [
          'Bupati Sapta Ani Rahma hadir dalam Forum Investasi Kota Lama di Hotel Sapta, Selasa (5/11/2019).',
          '"Setiap daerah berlomba menarik investor," ujar Ani dalam rilisnya kepada Kabar.com, Rabu (6/11/2019).',
        ].join('\n\n'),
      ).date,
    ).toBe('Selasa (5/11/2019)')
    expect(
      coverOf(
        'Rapat paripurna DPRD Kota Lama digelar sesuai Surat Edaran Menteri Nomor 100/2024 tertanggal 6 September 2024. Ketua DPRD Ani Rahma mengatakan rapat berjalan lancar.',
      ).date,
    ).toBeUndefined()
  })

  it('reads the day as written: "hari Kamis kemarin (23/2)", "Selasa siang"', () => {
    expect(
      coverOf(
        'Menteri Pertanian Ani Rahma dalam jumpa pers hari Kamis kemarin (23/2) menyatakan, cadangan pangan harus diperkuat.',
      ).date,
    ).toBe('hari Kamis kemarin (23/2)')
    expect(
      coverOf(
        'Rapat paripurna istimewa digelar pada Selasa siang. Ketua DPRD Sari Dewi mengatakan rapat berjalan lancar.',
      ).date,
    ).toBe('Selasa siang')
  })

  it('reads "Rabu pagi (9 Oktober)", "hari ini (18/11)", "Kamis, (14/06/2024)" and an edition pair', () => {
    const cover = coverOf(
      'Pada Rabu pagi (9 Oktober), dalam rangka KTT Pangan ke-4 dan ke-5, Menteri Pertanian Ani Rahma menyampaikan pidato.',
    )
    expect(cover.date).toBe('Rabu pagi (9 Oktober)')
    expect(cover.title).toBe('KTT Pangan ke-4 dan ke-5')
    expect(
      coverOf(
        'Menteri Pertanian Ani Rahma hari ini (18/11) menyampaikan pidato di Forum Pangan Kota Baru.',
      ).date,
    ).toBe('hari ini (18/11)')
    expect(
      coverOf(
        'Menteri Perdagangan Ani Rahma kemarin (24/10) membuka pameran dagang di Forum Pangan Kota Baru.',
      ).date,
    ).toBe('kemarin (24/10)')
    expect(
      coverOf(
        'Menteri Perdagangan Ani Rahma membuka Forum Pangan Kota Baru pada tanggal 26 Juni di Kota Lama.',
      ).date,
    ).toBe('tanggal 26 Juni')
    expect(
      coverOf(
        'Rapat paripurna dihadiri Bupati Kota Baru. Kamis, (14/06/2024).\n\nKetua DPRD Sari Dewi mengatakan rapat berjalan lancar.',
      ).date,
    ).toBe('Kamis, (14/06/2024)')
  })

  it('takes a weekday alone right after the place, only when no date is written in full', () => {
    expect(
      coverOf(
        'Para donor menjanjikan bantuan dalam konferensi donor internasional di Kota Lama hari Rabu. Menteri Ani Rahma mengatakan bantuan segera dikirim.',
      ).date,
    ).toBe('hari Rabu')
    expect(
      coverOf(
        'Menteri Ani Rahma berbicara dalam konferensi pers di Kota Lama, pada Sabtu, 21 November 2015. Ia mengatakan bantuan segera dikirim.',
      ).date,
    ).toBe('Sabtu, 21 November 2015')
    expect(
      coverOf(
        '"Kami siap," kata Menteri Ani Rahma dalam konferensi pers di Kota Lama, Jumat. Forum itu berlangsung 24-26 Oktober 2022 di Kota Lama.',
      ).date,
    ).toBe('24-26 Oktober 2022')
  })

  it('keeps an office inside a venue\'s name ("Rumah Dinas Wali Kota X", "Ruang Sidang Rektor X")', () => {
    for (const venue of [
      'Rumah Dinas Wali Kota Sapta',
      'Ruang Sidang Rektor Universitas Sapta',
      'Pendopo Rumah Dinas Bupati Sapta',
    ]) {
      const cover = coverOf(
        `Penandatanganan nota kesepahaman dilakukan di ${venue}, Senin (3/3/2025). Bupati Ani Rahma mengatakan kerja sama akan segera berjalan.`,
      )
      expect(cover.place).toBe(venue)
    }
    // A lower-case word of the place's kind opens it: "prefektur Sapta".
    expect(
      coverOf(
        'Kedua pemimpin menggelar Konferensi Tingkat Tinggi (KTT) Sapta di prefektur Sapta, Jepang pada hari Selasa (13/01). Presiden Budi Santoso mengatakan kerja sama akan diperluas.',
      ).place,
    ).toBe('prefektur Sapta, Jepang')
  })

  it('takes a venue whose kind is written in lower case ("di halaman Masjid …", "di gedung …")', () => {
    expect(
      coverOf(
        'Gubernur Sapta Budi Santoso membuka Festival Budaya Kota Lama. Acara berlangsung di halaman Masjid Raya Kota Lama, Sabtu pagi (19/10/2024).',
      ).place,
    ).toBe('halaman Masjid Raya Kota Lama')
    expect(
      coverOf(
        'Menteri Luar Negeri Sapta Budi Santoso bertemu mitranya di gedung Kementerian Luar Negeri Sapta pada Selasa waktu setempat. Kedua menteri mengadakan konferensi pers bersama.',
      ).place,
    ).toBe('gedung Kementerian Luar Negeri Sapta')
  })

  it("takes the place right after the event's name before another anchor of the lead", () => {
    const cover = coverOf(
      [
        'Pidato Pamungkas Wapres di Kota Lama, Dukung Perdamaian dan Kerja Sama, Ini Isinya!',
        'Wakil Presiden Budi Santoso berpidato dalam Sidang Umum ke-9 Dewan Kota di Markas Besar Dewan, Kota Baru, Jumat (27/9/2019) pagi.',
        'Budi Santoso mengatakan, perdamaian adalah tugas bersama semua negara anggota.',
      ].join('\n\n'),
    )
    expect(cover.place).toBe('Markas Besar Dewan, Kota Baru')
  })

  it('takes no title from a room named after a meeting ("di Ruang Rapat Rektorat …")', () => {
    const cover = coverOf(
      'Penandatanganan kerja sama antara Bupati Sapta dan Rektor Universitas Kota berlangsung di Ruang Rapat Rektorat Universitas Kota, Kamis (1/8/2026).',
    )
    expect(cover.title).toBeUndefined()
    expect(cover.place).toBe('Ruang Rapat Rektorat Universitas Kota')
  })

  it('names an event written in lower case with the capitalised words after it, never a person', () => {
    expect(
      coverOf(
        'Gubernur Sapta Ani Rahma membuka rapat koordinasi Gubernur Se-Wilayah tahun 2026 di Kota Lama. Ani mengatakan, rapat ini penting bagi semua daerah.',
      ).subtitle,
    ).toMatch(/^rapat koordinasi Gubernur Se-Wilayah tahun 2026 · /u)
    expect(
      coverOf(
        'Dalam konferensi pers Menteri Pertanian Ani Rahma, Senin (4/3/2025), Ani mengatakan, cadangan pangan aman sampai akhir tahun.',
      ).subtitle,
    ).toMatch(/^konferensi pers · /u)
  })

  it('takes neither the event the speaker came from nor its city, and reads an event noun in capitals', () => {
    const cover = coverOf(
      [
        'KONGRES Pemuda Sapta ke-20 yang diselenggarakan di Gedung Bumi Sapta, Kota Lama, Rabu (15/11/2017) resmi dibuka.',
        'Meski lelah setelah sebelumnya mengikuti KTT Kawasan ke-31 di Lamoria, Presiden Budi Santoso mengajak ribuan peserta kongres yang mengusung tema Meneguhkan Masa Depan Bersama itu untuk tetap bersatu.',
        '"Saya datang hanya untuk kongres ini," ujar Budi.',
      ].join('\n'),
    )
    expect(cover.title).toBe('KONGRES Pemuda Sapta ke-20')
    expect(cover.place).toBe('Gedung Bumi Sapta, Kota Lama')
    expect(cover.theme?.text).toBe('Meneguhkan Masa Depan Bersama')
  })

  it('names the format of a press statement or a signing, and titles no deck with a generic phrase', () => {
    const cover = coverOf(
      'Kunjungan resmi itu berlangsung di Kota Lama. Saat memberikan keterangan pers, Ketua Sapta Budi Santoso mengatakan, kerja sama akan diperluas.',
    )
    expect(cover.title).toBeUndefined()
    expect(cover.subtitle).toMatch(/^Kunjungan resmi · /u)
    expect(
      coverOf(
        'Dalam penandatanganan MoU antara kedua daerah, Senin (3/3/2025), Bupati Sapta Ani Rahma mengatakan, kerja sama akan diperluas.',
      ).subtitle,
    ).toMatch(/^penandatanganan MoU · /u)
  })

  it('keeps what kind of press conference it was: "akhir tahun", "bersama"', () => {
    expect(
      coverOf(
        'Dalam konferensi pers akhir tahun di Mapolda Sapta, Rabu (31/12/2014), Kapolda Sapta Budi Santoso mengatakan, patroli akan terus digelar.',
      ).subtitle,
    ).toMatch(/^konferensi pers akhir tahun · /u)
  })

  it('names the event, not its committee, and keeps an edition written with its year', () => {
    expect(
      coverOf(
        '"Kami siap menjadi tuan rumah," kata Budi Santoso yang juga ketua Panitia Munas Sapta VII.',
      ).title,
    ).toBe('Munas Sapta VII')
    expect(
      coverOf(
        'Wakil Presiden Budi Santoso membuka Musyawarah Nasional VII/2026 Kamar Dagang Sapta di Kota Lama. Budi mengatakan, pengusaha harus kompak.',
      ).title,
    ).toBe('Musyawarah Nasional VII/2026 Kamar Dagang Sapta')
  })

  it('takes no holiday for the event, and keeps the number inside an event name', () => {
    expect(
      coverOf(
        'Hari Raya Idul Fitri menjadi momen penting bagi warga. Direktur Utama PT Sapta Budi Santoso mengatakan, layanan berjalan lancar.',
      ).title,
    ).toBeUndefined()
    expect(
      coverOf(
        'Menlu Sari Dewi berpidato pada Forum Perayaan 50 Tahun Hubungan Kota Lama di Jakarta. Ia mengatakan, kerja sama itu penting.',
      ).title,
    ).toBe('Forum Perayaan 50 Tahun Hubungan Kota Lama')
  })

  it("takes the place where something was inaugurated, no earlier meeting's, no recurring date", () => {
    const cover = coverOf(
      [
        'Presiden Ani Rahma meresmikan Bendungan Sapta di Desa Tanjung, Kabupaten Lama, Selasa (21/12).',
        'Pertemuan sebelumnya di Kota Jauh membahas pembiayaan bendungan.',
        'Warga memperingati hari jadi desa setiap 15 Mei.',
      ].join(' '),
    )
    expect([cover.place, cover.date]).toEqual(['Desa Tanjung, Kabupaten Lama', 'Selasa (21/12)'])
  })

  it('takes no place of what was said, planned or received, and ends a name at its weekday', () => {
    const cover = coverOf(
      [
        'Dalam Rilis Akhir Tahun 2025 Selasa (30/12), Kapolres Budi Santoso menyampaikan hasil kerja.',
        'Awal rapat Kapolres menyampaikan operasi yang sedang berlangsung di Kota Jauh.',
        'Dalam pertemuan itu terungkap rencana kota untuk membuka kantor baru di Kota Lain.',
        '"Kami bekerja keras," kata Budi dalam keterangan tertulis yang diterima di Kota Tiga.',
      ].join(' '),
    )
    expect([cover.title, cover.place]).toEqual(['Rilis Akhir Tahun 2025', undefined])
  })

  it('takes no title from the day an event marks ("bertepatan dengan peringatan Hari X")', () => {
    const cover = coverOf(
      'Dewan Kota menggelar Sidang Paripurna Istimewa pada Senin (3/8/2026), bertepatan dengan peringatan Hari Jadi Kota Sapta. Ketua Dewan Kota Ani Rahma mengatakan, sidang itu bersejarah bagi warga.',
    )
    expect(cover.title).not.toMatch(/Hari Jadi/u)
  })

  it('keeps a building named after an office, and the city of a venue written with "di"', () => {
    expect(
      coverOf(
        'Bupati Sapta Ani Rahma menandatangani nota kesepahaman itu di Ruang Melati Kantor Bupati Sapta, Kamis (1/8/2026).',
      ).place,
    ).toBe('Ruang Melati Kantor Bupati Sapta')
    expect(
      coverOf(
        'Presiden Ani Rahma berpidato dalam sidang itu di Markas Besar Dewan Dunia (DD) di Kota Lama (Negeri Jauh), Senin (3/8/2026).',
      ).place,
    ).toBe('Markas Besar Dewan Dunia (DD) di Kota Lama')
  })

  it("takes no date a speaker gives for something else, nor a photo caption's", () => {
    const cover = coverOf(
      [
        'Seorang petani memanen padi di Kota Baru, 24 Januari 2026. (AP Photo)',
        '',
        '“Rapat paripurna kali ini punya dasar, pertama pada 22 Mei 2026 Bupati menyampaikan penjelasan,” kata Ketua DPRD Sari Dewi.',
      ].join('\n'),
    )
    expect(cover.date).toBeUndefined()
  })
})

describe("the event's theme", () => {
  it('is the quoted or capitalised words after "bertema", "dengan tema"', () => {
    expect(
      coverOf('Forum Pangan Kawasan 2025 bertema "Pangan untuk Semua" dibuka di Jakarta.').theme
        ?.text,
    ).toBe('Pangan untuk Semua')
    expect(
      coverOf(
        'Konvensi Nasional Pangan dengan tema Kerja Sama Daerah dan Swasta yang dihadiri 300 peserta dibuka hari ini.',
      ).theme?.text,
    ).toBe('Kerja Sama Daerah dan Swasta')
    expect(coverOf('Forum Pangan Kawasan dibuka di Jakarta.').theme).toBeUndefined()
    // An apostrophe inside a double-quoted theme is part of it; single quotes may hold one too.
    expect(
      coverOf(
        `Forum Kota Lama 2025 mengangkat tema "Promoting Kota Lama's Food Industry" di Jakarta.`,
      ).theme?.text,
    ).toBe("Promoting Kota Lama's Food Industry")
    expect(
      coverOf("Forum Pangan Kawasan bertema 'Pangan untuk Semua' dibuka di Jakarta.").theme?.text,
    ).toBe('Pangan untuk Semua')
    // Not quoted, it ends before who joined or when: "… bersama Gubernur X", "… pada Senin".
    expect(
      coverOf(
        'Gubernur Ani Rahma membuka Misi Dagang bertajuk Jejaring Dagang Antarprovinsi bersama Gubernur Kota Lama di hotel itu.',
      ).theme?.text,
    ).toBe('Jejaring Dagang Antarprovinsi')
    expect(
      coverOf('Forum Pangan Kawasan bertema Pangan untuk Semua pada Senin (3/5) dibuka.').theme
        ?.text,
    ).toBe('Pangan untuk Semua')
  })

  it('is the sentence "Temanya adalah …" that names it after the event', () => {
    expect(
      coverOf(
        'Ketua Dewan Ani Rahma berbicara dalam Rapat Kerja Nasional Dewan 2026. Temanya adalah Penguatan Peran Daerah Dalam Pembangunan.',
      ).theme?.text,
    ).toBe('Penguatan Peran Daerah Dalam Pembangunan')
  })
})

describe('a text cut short', () => {
  it('shows an unfinished last sentence only up to its whole words, the cut marked, and says so; a closing byline is no cut', () => {
    const opening =
      'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat bersama.\n\n'
    const reasons = (deck: ReturnType<typeof generateDeck>) =>
      deck.file.messages.map(message => String(message.reason))
    const cut = generateDeck(
      `${opening}Ia juga menambahkan bahwa petani perlu dukungan untuk memper`,
    )
    // The part of a word is gone, and so is the joining word before it.
    expect(cut.markdown).not.toContain('untuk memper')
    expect(cut.markdown).not.toContain('dukungan untuk')
    expect(cut.markdown).toContain('petani perlu dukungan …')
    expect(reasons(cut)).toContainEqual(expect.stringContaining('only up to its last whole words'))
    // A number at the cut may have gone on ("Rp 5" of "Rp 500 miliar"): it is not shown.
    const amount = generateDeck(
      `${opening}Ia juga menambahkan bahwa pemerintah menyiapkan anggaran bagi petani sebesar Rp 5`,
    )
    expect(amount.markdown).not.toContain('Rp 5')
    expect(amount.markdown).toContain('anggaran bagi petani sebesar …')
    // Too little left to say anything: the sentence stays off the slides.
    const short = generateDeck(`${opening}Ia juga menambahkan bahwa pet`)
    expect(short.markdown).not.toContain('menambahkan bahwa')
    expect(reasons(short)).toContainEqual(
      expect.stringContaining('That sentence is left out of the slides'),
    )
    const byline = parseArticle(
      'Menteri Ani Rahma mengatakan pangan harus diperkuat.\n\nIa menambahkan petani perlu dukungan. (ar/kota)',
      G,
    )
    expect(byline.cut).toBeUndefined()
  })
})

describe('speakers as the genre writes them', () => {
  it('reads the holder of an office written after the name, with a comma or without, and "H.Nama"', () => {
    const label = (text: string) => speakersOf(text).speakers.map(speaker => speaker.label)
    expect(
      label('Budi Santoso, Bupati Sapta mengatakan kerja sama ini sudah lama dirancang.'),
    ).toEqual(['Budi Santoso, Bupati Sapta'])
    expect(
      label('Budi Santoso Bupati Sapta mengatakan kerja sama ini sudah lama dirancang.'),
    ).toEqual(['Budi Santoso Bupati Sapta'])
    expect(
      label('H.Budi Santoso Bupati Sapta mengatakan kerja sama ini sudah lama dirancang.'),
    ).toEqual(['H.Budi Santoso Bupati Sapta'])
    // An honorific in capitals ("DR."), and a courtesy word before the office.
    expect(
      label(
        'Ibu Bupati Sapta, DR. Hj. Ani Rahma menyampaikan bahwa kerja sama ini sudah lama dirancang.',
      ),
    ).toEqual(['Ibu Bupati Sapta, DR. Hj. Ani Rahma'])
    // A place before the comma is no person.
    expect(
      label('Di Kota Lama, Bupati Sapta mengatakan kerja sama ini sudah lama dirancang.'),
    ).toEqual(['Bupati Sapta'])
  })

  it('ends a quotation the page never closed before the verb that attributes it', () => {
    const { speakers } = speakersOf(
      [
        'KOTA LAMA - Bupati Sapta Budi Santoso menandatangani kerja sama dengan Kota Baru.',
        'Bupati Sapta Budi Santoso mengatakan kerja sama ini sudah lama dirancang " sejak tahun lalu kami sudah menerima rombongan dari Kota Baru jelasnya',
        'Kerja sama itu berlaku lima tahun.',
      ].join('\n\n'),
    )
    expect(speakers[0]?.attributions[0]?.quote?.text).toBe(
      ' sejak tahun lalu kami sudah menerima rombongan dari Kota Baru',
    )
  })

  it('reads "Dalam sambutannya X mengungkapkan …" without a comma after the opening words', () => {
    const { main } = speakersOf(
      [
        'KOTA LAMA - Acara ini dibuka oleh Rektor Universitas Sapta Prof Dr Budi Santoso.',
        'Dalam sambutannya Rektor mengungkapkan kampus sebagai rumah ilmu harus memberi manfaat.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('Rektor Universitas Sapta Prof Dr Budi Santoso')
    expect(main?.attributions).toHaveLength(1)
  })

  it('reads a verb of saying that the page capitalised, but not the words of a headline', () => {
    const { speakers } = speakersOf(
      [
        'Bupati Sapta Budi Santoso Mengatakan kerja sama ini sudah lama dirancang kedua daerah.',
        'Bupati Sapta Mengatakan Kerja Sama Dua Daerah Segera Dimulai',
      ].join('\n\n'),
    )
    expect(
      speakers.map(speaker => [
        speaker.label,
        speaker.attributions.map(attribution => attribution.message.text),
      ]),
    ).toEqual([
      ['Bupati Sapta Budi Santoso', ['kerja sama ini sudah lama dirancang kedua daerah.']],
    ])
  })

  it('reads a title in lower case, a title with a list of fields, and a name after "yang juga"', () => {
    const { speakers } = speakersOf(
      [
        'Juru bicara Kementerian Pangan Sari Dewi menyatakan stok beras aman.',
        'Kepala Bidang Pangan, Air, dan Energi Daerah Budi Santoso mengatakan pasokan air cukup.',
        'Pimpinan rapat yang juga Wakil Ketua DPRD Kota Baru Agus Wira mengatakan rapat itu sah.',
      ].join('\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Juru bicara Kementerian Pangan Sari Dewi',
      'Kepala Bidang Pangan, Air, dan Energi Daerah Budi Santoso',
      'Wakil Ketua DPRD Kota Baru Agus Wira',
    ])
  })

  it('gives a body\'s words to the person it speaks through, and a passive "disampaikan oleh" to its speaker', () => {
    const { speakers } = speakersOf(
      [
        'Fraksi Karya melalui Nurul Hasanah menyampaikan dukungan terhadap tiga rancangan peraturan daerah.',
        'Pandangan serupa disampaikan oleh Direktur Pangan Budi Santoso.',
        'Ia menyatakan, petani perlu dukungan pupuk dan benih sepanjang tahun.',
      ].join('\n'),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Fraksi Karya melalui Nurul Hasanah', 1],
      ['Direktur Pangan Budi Santoso', 2],
    ])
  })

  it('gives a pronoun with nobody before it to the titled person the sentence before opens with', () => {
    const { main } = speakersOf(
      [
        'Menteri Pertanian Ani Rahma menyepakati tema forum tahun ini.',
        'Dia meminta negara tetangga memperkuat cadangan pangan bersama.',
      ].join(' '),
    )
    expect(main?.name).toBe('Ani Rahma')
  })

  it('gives "kata dia" before anyone spoke to the titled person the story opens with, never to capitalised words', () => {
    const opened = speakersOf(
      [
        'Menteri Pertanian Ani Rahma membuka Forum Pangan Kota Baru hari ini.',
        'Forum diawali paparan para narasumber dari berbagai lembaga.',
        '"Cadangan pangan harus diperkuat bersama," kata dia.',
      ].join('\n\n'),
    )
    expect(opened.main?.name).toBe('Ani Rahma')
    const untitled = speakersOf(
      [
        'Penyelenggaraan Forum Pangan berjalan lancar hari ini.',
        '"Cadangan pangan harus diperkuat bersama," kata dia.',
      ].join('\n\n'),
    )
    expect(untitled.main).toBeUndefined()
  })

  it('leaves a pronoun for review when the sentence before opens with another titled person', () => {
    const { speakers, unresolved } = speakersOf(
      [
        'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat.',
        'Utusan Khusus Budi Santoso turut memberikan pidato dalam forum itu.',
        'Ia menyoroti pentingnya solidaritas di tengah tantangan global.',
      ].join(' '),
    )
    expect(speakers.map(speaker => speaker.name)).toEqual(['Ani Rahma'])
    expect(unresolved).toHaveLength(1)
  })

  it('reads a name after an honorific with its full stop: "Bupati Kota Baru Hj. Sari Dewi"', () => {
    const { speakers } = speakersOf(
      [
        'Penandatanganan dilakukan oleh Bupati Kota Baru Hj. Sari Dewi dan Rektor Universitas Sapta.',
        'Dalam sambutannya, Hj Sari Dewi mengatakan kerja sama ini penting.',
        'Ditambahkan Bupati, kerja sama ini membuka peluang riset bersama.',
      ].join(' '),
    )
    expect(speakers).toHaveLength(1)
  })

  it('gives no statement card for what someone said before the event ("Sebelumnya, …")', () => {
    const deck = generateDeck(
      [
        'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat bersama.',
        '',
        'Sebelumnya, Kepala Badan Pangan Budi Santoso mengatakan stok beras cukup sampai akhir tahun.',
        '',
        'Gubernur Kota Baru Sari Dewi mengatakan daerahnya siap menjadi lumbung pangan kawasan.',
      ].join('\n'),
    )
    expect((deck.briefing.statements ?? []).map(statement => statement.speaker)).toEqual([
      'Gubernur Kota Baru Sari Dewi',
    ])
  })

  it('knows a two-letter name: "Presiden Xi" after "Presiden Mongolia Xi Ming" is one person', () => {
    const { speakers, main } = speakersOf(
      [
        'Presiden Mongolia Xi Ming menyampaikan pidato di forum kawasan.',
        'Presiden Xi mengatakan, kerja sama kawasan harus diperkuat.',
        'Presiden Xi menegaskan, perdagangan harus tetap terbuka.',
      ].join('\n'),
    )
    expect(speakers).toHaveLength(1)
    expect(main?.name).toBe('Xi Ming')
  })

  it('takes a fronted "Menekankan bahwa P, X mengatakan …" as what X said too', () => {
    const { main } = speakersOf(
      'Menekankan bahwa perubahan sepihak secara paksa tidak dapat diizinkan, Presiden Sapta Budi Santoso mengatakan bahwa negaranya akan mencegah konflik bersenjata.',
    )
    expect(main?.label).toBe('Presiden Sapta Budi Santoso')
    expect(main?.attributions.map(entry => entry.message.text)).toContain(
      'perubahan sepihak secara paksa tidak dapat diizinkan',
    )
    // A clause that reports nothing stays the reporter's.
    const plain = speakersOf(
      'Setelah rapat yang panjang dan melelahkan, Presiden Sapta Budi Santoso mengatakan bahwa negaranya akan mencegah konflik.',
    )
    expect(plain.main?.attributions).toHaveLength(1)
  })

  it('takes a name written with one letter left out for the same person, not a shorter word', () => {
    const { main, speakers } = speakersOf(
      [
        'Menteri Perdagangan Budi Santosa membuka forum dagang di Kota Lama.',
        '"Kita harus menyusun solusi nyata dan konkret," jelas Budi Santos.',
      ].join('\n'),
    )
    expect(speakers).toHaveLength(1)
    expect(main?.label).toBe('Menteri Perdagangan Budi Santosa')
    const two = speakersOf(
      [
        'Menteri Perdagangan Budi Santoso mengatakan forum dagang dibuka di Kota Lama.',
        '"Kita harus menyusun solusi nyata dan konkret," kata Bupati Sapta Budi Santika.',
      ].join('\n'),
    )
    expect(two.speakers).toHaveLength(2)
  })

  it('knows a short name given as "akrab disapa" or "sapaan akrabnya"', () => {
    const { main } = speakersOf(
      [
        'Kepala Badan Statistik Suryo Hadiningrat mencatat harga pangan turun.',
        'Sementara itu, pria yang akrab disapa Iyok ini menuturkan kantornya tidak rusak.',
        '"Kami tetap bekerja seperti biasa," kata Iyok.',
      ].join('\n'),
    )
    expect(main?.label).toBe('Kepala Badan Statistik Suryo Hadiningrat')
    expect(main?.attributions).toHaveLength(3)
  })

  it('knows a short name that is the opening of a long word of the full name ("Hadin")', () => {
    const { main, speakers } = speakersOf(
      [
        'Kepala Badan Statistik Suryo Hadiningrat dan Menteri Ani Rahma membuka pameran dagang itu.',
        '"Kami tetap bekerja seperti biasa," kata Hadin.',
      ].join('\n'),
    )
    expect(main?.label).toBe('Kepala Badan Statistik Suryo Hadiningrat')
    expect(speakers).toHaveLength(1)
    // Four letters are too few to tell: "Suryo" is not "Sury".
    expect(
      speakersOf('Menteri Ani Rahmawati hadir.\n"Kami siap," kata Rahm.').main?.label,
    ).not.toBe('Menteri Ani Rahmawati')
  })

  it('knows a short name given as "Iyok, sapaan Suryo Hadiningrat", the office from the attendance list', () => {
    const { main, speakers } = speakersOf(
      [
        'Acara itu disaksikan oleh Gubernur Sapta, Suryo Hadiningrat, dan para duta besar.',
        'Dalam sambutannya, Iyok, sapaan Suryo Hadiningrat, memaparkan laporan investasi semester pertama.',
        '"Kami ingin mempertahankan posisi itu," kata Iyok.',
      ].join('\n'),
    )
    expect(main?.label).toBe('Gubernur Sapta, Suryo Hadiningrat')
    expect(speakers).toHaveLength(1)
  })

  it('keeps the name before "selaku" with the office after it, past degrees', () => {
    for (const [opening, label] of [
      ['Budi Santoso selaku', 'Budi Santoso selaku Kepala Dinas Pendidikan Kota Lama'],
      [
        'Dr. Budi Santoso, M.Si selaku',
        'Dr. Budi Santoso, M.Si selaku Kepala Dinas Pendidikan Kota Lama',
      ],
    ]) {
      const { main } = speakersOf(
        `${opening} Kepala Dinas Pendidikan Kota Lama mengatakan sekolah akan dibuka pekan depan.`,
      )
      expect(main?.label).toBe(label)
      expect(main?.name).toMatch(/Budi Santoso/u)
    }
    // A phrase that is no name before "selaku" leaves the office alone.
    const { main } = speakersOf(
      'Pemerintah daerah selaku Kepala Dinas Pendidikan Kota Lama mengatakan sekolah akan dibuka.',
    )
    expect(main?.name ?? '').not.toMatch(/Pemerintah/u)
    // ("Kota Lama" after the title is the office's region, not a name.)
    expect(main?.label).toBe('Kepala Dinas Pendidikan Kota Lama')
  })

  it('reads an epithet after the verb of a quote as its speaker ("…,” jelas mantan Kapolda X itu.)', () => {
    const { main } = speakersOf(
      [
        'Kapolri Budi Santoso membuka rapat pimpinan di Kota Lama.',
        '“Pencegahan bukan hanya tugas satu satuan. Semua satuan wilayah wajib ikut mencegah,” jelas mantan Kapolda Sapta itu.',
      ].join('\n'),
    )
    expect(main?.attributions.map(attribution => attribution.message.text)).toEqual([
      'Pencegahan bukan hanya tugas satu satuan.',
      'Semua satuan wilayah wajib ikut mencegah',
    ])
  })

  it('reads "…,” ujar perwakilan (dari) Bank Sapta" as the representative of that body', () => {
    const { speakers } = speakersOf(
      [
        'Gubernur Sapta Budi Santoso membuka forum investasi di Kota Lama.',
        '“Capaian ini luar biasa dan harus segera ditindaklanjuti,” ujar perwakilan Bank Sapta Kota.',
        '“Terima kasih atas bantuan yang diberikan,” tutur perwakilan dari MTs Nurul Huda.',
      ].join('\n'),
    )
    expect(speakers.map(speaker => [speaker.kind, speaker.label])).toContainEqual([
      'organisation',
      'perwakilan Bank Sapta Kota',
    ])
    expect(speakers.map(speaker => speaker.label)).toContain('perwakilan dari MTs Nurul Huda')
  })

  it('reads a short name in capitals given in brackets ("Budi Santoso (BS)") as that person, never a body\'s acronym', () => {
    const { main, speakers } = speakersOf(
      [
        'Ketua Umum Partai Sapta, Budi Santoso (BS), membuka musyawarah dengan gaya khasnya.',
        'Dalam pidato pembukaannya, BS menekankan bahwa musyawarah ini bukan sekadar ajang memilih ketua.',
        '"Ini agenda politik lima tahunan," kata BS.',
      ].join('\n'),
    )
    expect(speakers).toHaveLength(1)
    expect(main?.label).toBe('Ketua Umum Partai Sapta, Budi Santoso (BS)')
    expect(main?.attributions).toHaveLength(2)
    // An acronym after a body's name, or after a title's body, is no one's short name.
    const { speakers: bodies } = speakersOf(
      [
        'Ketua Komisi Pangan Sapta (KPS) Ani Rahma membuka rapat.',
        'KPS menegaskan bahwa cadangan pangan aman sampai akhir tahun.',
      ].join('\n'),
    )
    expect(bodies.map(speaker => speaker.label)).not.toContain('KPS')
  })

  it('reads a title\'s short form made of its words\' first letters ("Rektor Unsap") as its holder', () => {
    const { speakers } = speakersOf(
      [
        'Rektor Universitas Sapta Prof Dr H Budi Santoso MSi dalam sambutannya menyampaikan kerja sama ini sangat penting.',
        '“Kerja sama ini langkah konkret bagi kampus kami,” ungkap Rektor Unsap, Rabu (19/1).',
      ].join('\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Rektor Universitas Sapta Prof Dr H Budi Santoso MSi',
    ])
  })

  it('gives "…, Nama menyatakan bahwa … ‘…,’ katanya" to the one the sentence names, not the speaker before', () => {
    const { speakers } = speakersOf(
      [
        'Juru bicara Sapta, Ani Rahma menegaskan bahwa dana itu tidak seluruhnya untuk pengungsi.',
        'Kepada para anggota yang hadir, Budi Santoso menyatakan bahwa para pengungsi menghadapi ‘’mimpi buruk kemanusiaan,’’ katanya.',
      ].join('\n'),
    )
    expect(
      speakers.map(speaker => [speaker.name, speaker.attributions.map(entry => entry.position)]),
    ).toEqual([
      ['Ani Rahma', [0]],
      ['Budi Santoso', [1]],
    ])
  })

  it('reads "Ia" before anyone speaks as the one person the sentence before names', () => {
    const { main } = speakersOf(
      [
        'Forum Dagang Kota Lama ke-5 disambut baik Menteri Sapta Ani Rahma. Ia mengatakan forum ini akan mendorong investasi daerah.',
        '"Ini forum yang baik untuk bertukar pikiran," ujar Ani.',
      ].join('\n'),
    )
    expect(main?.attributions.map(attribution => attribution.message.text)).toEqual([
      'forum ini akan mendorong investasi daerah.',
      'Ini forum yang baik untuk bertukar pikiran',
    ])
    // Two people named before it: who "Ia" is cannot be told.
    const { main: other } = speakersOf(
      [
        'Forum itu dihadiri Menteri Sapta Ani Rahma dan Menteri Lamoria Budi Santoso. Ia mengatakan kerja sama akan diperluas.',
        '"Ini forum yang baik untuk bertukar pikiran," ujar Ani.',
      ].join('\n'),
    )
    expect(other?.attributions).toHaveLength(1)
  })

  it('reads "Satu persatu dijawab oleh Bupati X, …" as what the one who answers said', () => {
    const { main } = speakersOf(
      [
        'Konferensi pers digelar di Aula Sapta, Kota Lama, pada Sabtu malam.',
        'Satu persatu dijawab oleh Bupati Sapta H.Budi Santoso, terkait jalan rusak sudah dijelaskan bahwa anggaran sudah disiapkan',
        '“Kuncinya hanya satu, yaitu camatnya”,ujarnya',
        'Acara itu berlangsung sampai pukul sembilan malam.',
      ].join('\n\n'),
    )
    expect(main?.name).toMatch(/Budi Santoso/u)
    expect(main?.attributions.map(attribution => attribution.form)).toEqual(['passive', 'trailing'])
  })

  it('reads a name\'s degrees set off before the verb ("Gubernur X, SE mengatakan, …"), not a name there', () => {
    const { speakers } = speakersOf(
      [
        'Presiden Budi Santoso membuka kongres itu di Kota Lama.',
        'Di tempat yang sama, Gubernur Sapta Ani Rahma, SE mengatakan, kedatangan Presiden sangat diapresiasi masyarakat.',
      ].join('\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toContain('Gubernur Sapta Ani Rahma')
    expect(
      speakers.find(speaker => speaker.name === 'Ani Rahma')?.attributions[0]?.message.text,
    ).toBe('kedatangan Presiden sangat diapresiasi masyarakat.')
  })

  it('reads "Disampaikan X, …" as X\'s, and no statement in "X menyampaikan konferensi pers …"', () => {
    const { main } = speakersOf(
      [
        'Kapolda Sapta Budi Santoso menyampaikan konferensi pers usai pertemuan dengan Gubernur, Jumat (14/10/2022).',
        'Disampaikan Kapolda, tingkat kepercayaan publik kepada polisi saat ini menjadi rendah.',
      ].join('\n'),
    )
    expect(main?.attributions.map(attribution => attribution.message.text)).toEqual([
      'tingkat kepercayaan publik kepada polisi saat ini menjadi rendah.',
    ])
    // "Ditegaskan X, bahwa …": what was said starts after its "bahwa".
    expect(
      speakersOf('Ditegaskan Kapolda Sapta Budi Santoso, bahwa semua anggota harus bersih.').main
        ?.attributions[0]?.message.text,
    ).toBe('semua anggota harus bersih.')
  })

  it('reads a field written in lower case after a title ("Kepala kemanusiaan X Nama"), and ends what was said at the reporter\'s source tag', () => {
    const { speakers } = speakersOf(
      'Kepala kemanusiaan PBS Budi Santoso mengatakan bahwa para donatur telah merespons seruan itu, seperti dilansir dari Kabar Dunia, pada Selasa (20/6/2023).',
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions[0]?.message.text])).toEqual(
      [['Kepala kemanusiaan PBS Budi Santoso', 'para donatur telah merespons seruan itu']],
    )
  })

  it('reads no statement in a forum that carries a theme ("Forum X mengusung tema …")', () => {
    const { speakers } = speakersOf(
      'Di sisi lain, Forum Kemitraan Sapta (FKS) mengusung tema “Kemitraan untuk Semua” dalam pertemuan di Kota Lama.',
    )
    expect(speakers).toEqual([])
  })

  it('names who announces the points ("X menyampaikan lima poin.") as the speaker', () => {
    const { main } = speakersOf(
      [
        'Dalam rapat ini, Gubernur Sapta Budi Santoso menyampaikan tiga poin.',
        'Pertama, soal pemerataan jalan antarkota. Kedua, hilirisasi hasil kebun. Ketiga, penguatan wisata.',
      ].join('\n'),
    )
    expect(main?.label).toBe('Gubernur Sapta Budi Santoso')
    // A count of anything else is no statement of its own.
    expect(speakersOf('Gubernur Sapta Budi Santoso menyampaikan tiga buku.').main).toBeUndefined()
  })

  it('reads a physician\'s "dr." before a name set off after a title, and the bare title as that holder', () => {
    const { main, speakers } = speakersOf(
      [
        'Wali Kota Sapta, dr. Ani Rahma, Sp.M., Kamis (17/04/2025) membuka musyawarah di Aula Rumah Dinas Wali Kota Sapta.',
        'Dalam sambutannya, Wali Kota menegaskan bahwa musyawarah bukan sekadar rutinitas tahunan.',
        '"Ini adalah panggung semua elemen," tambah Wali Kota.',
      ].join('\n'),
    )
    expect(main?.name).toBe('dr. Ani Rahma')
    expect(speakers).toHaveLength(1)
    expect(main?.attributions).toHaveLength(2)
  })

  it('reads "…,” demikian kata X" as X\'s, and "X mengetengahkan, …" as reported speech', () => {
    const { main } = speakersOf(
      [
        '“Kota ini terbuka bagi semua. Kami siap bekerja sama,” demikian kata Presiden Budi Santoso.',
        'Budi mengetengahkan, kawasan itu berperan penting bagi pertumbuhan ekonomi.',
      ].join('\n'),
    )
    expect(
      main?.attributions.map(attribution => [attribution.form, attribution.message.text]),
    ).toEqual([
      ['continued', 'Kota ini terbuka bagi semua.'],
      ['trailing', 'Kami siap bekerja sama'],
      ['subject', 'kawasan itu berperan penting bagi pertumbuhan ekonomi.'],
    ])
  })

  it('gives the quote after a colon to the person the sentence names, whatever its verb, to where it closes', () => {
    const { main } = speakersOf(
      [
        'Ini adalah sesi pertama Forum Sapta di Kota Lama dengan lebih dari 300 delegasi.',
        'Untuk mengatasi masalah ini, PM Budi Santoso telah meyampaikan beberapa arahan penting:',
        '“Kita harus bersatu secara global. Cepat memulihkan produksi dan bisnis. Segera menemukan solusi untuk menyelesaikan konflik.”',
        'Setelah sesi itu, para delegasi makan siang bersama.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('PM Budi Santoso')
    expect(main?.attributions.map(entry => [entry.position, entry.form])).toEqual([
      [1, 'subject'],
      [2, 'continued'],
      [3, 'continued'],
      [4, 'continued'],
    ])
  })

  it('takes no colon for a quote when no quotation follows it, nor for one named in passing', () => {
    const { speakers } = speakersOf(
      [
        'Untuk itu, PM Budi Santoso telah meyampaikan beberapa arahan penting:',
        'Pertumbuhan ekonomi kawasan melambat tahun ini.',
      ].join('\n\n'),
    )
    expect(speakers).toEqual([])
  })

  it('reads "…, dikatakannya, …" as the last speaker\'s, and no country that "membahas" as a speaker', () => {
    const { main, speakers } = speakersOf(
      [
        '"Saya mengadakan tiga pertemuan bilateral hari ini," ujar Menteri Luar Negeri Ani Rahma.',
        'Pertemuan yang pertama, dikatakannya, dengan Lamoria yang membahas kerja sama perdagangan.',
        'Singapura membahas rencana dagang pasca-kunjungan perdana menterinya tahun lalu.',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual(['Menteri Luar Negeri Ani Rahma'])
    expect(main?.attributions.map(entry => entry.position)).toContain(1)
  })

  it('reads "X alias Y menekankan", "mencontohkan", "Dalam pemaparannya, dia …", "X katakan, …" and "…,” yakin X"', () => {
    const { main } = speakersOf(
      [
        'Presiden Budi Santoso alias Busan menekankan agar KTT Sapta harus menghasilkan deklarasi bersama.',
        'Budi mencontohkan kelangkaan pupuk sebagai dampak krisis pangan di kawasan.',
        'Dalam pemaparannya dia juga mendorong para menteri memiliki keberanian bertindak.',
        'Budi katakan, kedepan dirinya ingin produk desa mengisi pasar kota.',
        '“Hal ini demi melaksanakan mandat bersama kita,” yakin Budi.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('Presiden Budi Santoso')
    expect(main?.attributions.map(entry => entry.position)).toEqual([0, 1, 2, 3, 4])
    expect(main?.attributions.at(-1)?.message.text).toBe(
      'Hal ini demi melaksanakan mandat bersama kita',
    )
  })

  it('reads "… kata X, …" set inside a sentence without its first comma, never "kata kunci"', () => {
    const { main } = speakersOf(
      [
        'Bupati Sapta Budi Santoso membuka forum desa di Kota Lama, Senin (3/5).',
        'Dengan adanya penandatanganan MoU kata Bupati Sapta, tentunya menjadi dasar hukum kerja sama kedua daerah.',
        'Kata kunci forum tahun ini adalah kolaborasi antardesa.',
      ].join('\n'),
    )
    expect(main?.attributions.map(entry => [entry.position, entry.message.text])).toEqual([
      [1, 'tentunya menjadi dasar hukum kerja sama kedua daerah.'],
    ])
  })

  it('takes a name written once with a slip for the same person ("Santioso" after "Budi Santoso"), never a short one', () => {
    const { speakers } = speakersOf(
      [
        'Kepala Badan Sapta Marsekal Madya Budi Santoso mengatakan tidak akan mengenal lelah dalam pencarian korban.',
        '"Saya tak kenal waktu untuk menyampaikan kabar terbaru," kata Santioso dalam jumpa pers di Kota Lama.',
        '"Kami terus bekerja," kata Ani Rahma, kepala tim lapangan.',
        '"Kami juga siap," kata Ania.',
      ].join('\n'),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Kepala Badan Sapta Marsekal Madya Budi Santoso', 2],
      ['Ani Rahma', 1],
      ['Ania', 1],
    ])
  })

  it('keeps a middle initial in a name, and reads "Di tempat yang sama X berharap …"', () => {
    const { speakers } = speakersOf(
      [
        'Bupati Sapta, H. Budi S. Santoso, dalam kesempatan itu menyatakan optimis kerja sama segera berjalan.',
        'Ditempat yang sama Sekretaris Daerah Ani Rahma berharap kerja sama ini membawa berkah bagi warga.',
      ].join('\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Bupati Sapta, H. Budi S. Santoso',
      'Sekretaris Daerah Ani Rahma',
    ])
  })

  it('gives "Yang kedua, kata X, Y menekankan …" to Y, whose words X reads out', () => {
    const { main, speakers } = speakersOf(
      [
        'Wali Kota Sapta Budi Santoso menyampaikan tiga pesan dalam sambutan tertulis yang dibacakan Wali Kota Lama Ani Rahma.',
        'Yang kedua, kata Ani Rahma, Budi Santoso juga menekankan para wali kota harus mengutamakan partisipasi warga.',
      ].join('\n'),
    )
    expect(main?.label).toBe('Wali Kota Sapta Budi Santoso')
    expect(speakers.find(speaker => speaker.name === 'Ani Rahma')?.attributions ?? []).toEqual([])
    expect(main?.attributions.map(entry => entry.message.text)).toContain(
      'menekankan para wali kota harus mengutamakan partisipasi warga.',
    )
  })

  it('reads "…,” komentar X" and "…, bilang X, …" as X\'s words, not part of them', () => {
    const { main } = speakersOf(
      [
        '"Kita harus menjaga perdamaian di kawasan ini," komentar Presiden Budi Santoso.',
        'Sedangkan soal pangan, bilang Budi Santoso, cadangan beras akan ditambah tahun depan.',
      ].join('\n'),
    )
    expect(
      main?.attributions.map(attribution => [attribution.form, attribution.message.text]),
    ).toEqual([
      ['trailing', 'Kita harus menjaga perdamaian di kawasan ini'],
      ['trailing', 'cadangan beras akan ditambah tahun depan.'],
    ])
  })

  it("reads the region after a title's short form, and the short form alone as that person", () => {
    const { main, speakers } = speakersOf(
      [
        'Kepala Kepolisian Daerah (Kapolda) Sapta, Irjen Pol Budi Santoso menegaskan, patroli akan terus digelar.',
        'Kapolda Sapta mengatakan, warga diminta melapor bila melihat kejahatan.',
        '"Kami siap melayani warga setiap saat," tegas Kapolda.',
      ].join('\n'),
    )
    expect(speakers).toHaveLength(1)
    expect(main?.name).toBe('Budi Santoso')
    expect(main?.attributions).toHaveLength(3)
  })
  it('goes on with the speaker in "Menurutnya, …", "Lebih lanjut kata X, …" and first-person sentences', () => {
    const { main } = speakersOf(
      [
        'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat. Saya akan memimpin upaya itu bersama semua daerah.',
        'Menurutnya, harga pangan akan stabil sampai akhir tahun.',
        'Lebih lanjut kata Ani, petani perlu dukungan pupuk yang cukup.',
        'Harga beras di pasar turun dua persen pekan lalu.',
      ].join('\n'),
    )
    expect(main?.attributions.map(attribution => attribution.sentence.sentence)).toEqual([
      'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat.',
      'Saya akan memimpin upaya itu bersama semua daerah.',
      'Menurutnya, harga pangan akan stabil sampai akhir tahun.',
      'Lebih lanjut kata Ani, petani perlu dukungan pupuk yang cukup.',
    ])
  })

  it('leaves off the speech what the speaker passes on from someone else', () => {
    const speakers = speakersOf(
      [
        'Gubernur Bank Sentral Ani Rahma mengatakan inflasi tetap terkendali sampai akhir tahun.',
        'Dia menyampaikan, Presiden Budi Santoso dalam pernyataannya menegaskan bank sentral tetap independen.',
        'Ani mengatakan, pernyataan yang sama juga disampaikan oleh Menteri Keuangan Sari Dewi.',
      ].join('\n'),
    )
    const speech = extractSpeech(G, speakers.main)
    expect(speech?.messages.map(message => message.text)).toEqual([
      'inflasi tetap terkendali sampai akhir tahun',
    ])
  })
})

describe('who a pronoun is, after a sentence that opens with a clause', () => {
  it('reads the subject past a fronted clause of time ("Sebelum acara dibuka …, Menteri X …")', () => {
    const { main } = speakersOf(
      'Sebelum acara dibuka oleh Presiden, Menteri Pertanian Ani Rahma terlebih dahulu menyampaikan sambutannya. Ia mengatakan cadangan pangan nasional harus diperkuat bersama daerah.',
    )
    expect(main?.name).toBe('Ani Rahma')
  })

  it('reads the one word after a kind of region as the region, whatever the title', () => {
    const { main } = speakersOf(
      'Sekretaris Daerah (Sekda) Kabupaten Sapta, Budi Santoso, membuka rapat kerja. "Rencana kerja harus disusun bersama seluruh desa," ujar Budi.',
    )
    expect(main?.name).toBe('Budi Santoso')
    expect(main?.label).toBe('Sekretaris Daerah (Sekda) Kabupaten Sapta, Budi Santoso')
  })

  it('takes a number before a title for a group, not a name ("Dua Menteri menekankan …")', () => {
    const { speakers } = speakersOf(
      'Menteri Luar Negeri Kota Lama Budi Santoso mengatakan kerja sama kedua negara terus tumbuh. Dua Menteri menekankan perlunya memperkuat promosi dagang dan investasi.',
    )
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Menteri Luar Negeri Kota Lama Budi Santoso',
    ])
  })
})

describe('the date on the cover', () => {
  it('is never a date the event looks back on ("sejak berdirinya … pada 1 Mei 1900")', () => {
    const cover = coverOf(
      'DPRD Kota Lama menggelar rapat paripurna hari jadi kota.\n\nKetua DPRD Budi Santoso mengatakan hari jadi ini menandai perjalanan sejak berdirinya Kota Lama pada 1 Mei 1900.',
    )
    expect(cover.date).toBeUndefined()
    expect(
      coverOf(
        'DPRD Kota Lama menggelar rapat paripurna hari jadi kota pada Senin (1/5/2023).\n\nKetua DPRD Budi Santoso mengatakan hari jadi ini menandai perjalanan sejak berdirinya Kota Lama pada 1 Mei 1900.',
      ).date,
    ).toBe('Senin (1/5/2023)')
  })
})

describe('a full name set off by commas after a title', () => {
  it('makes the words before it the office’s body, not a name; a list stays a list', () => {
    const label = (text: string) => speakersOf(text).speakers.map(speaker => speaker.label)
    expect(
      label(
        'Kepala Bakorda Sapta, Budi Santoso, dalam laporannya menyampaikan bahwa kerja sama ini meliputi sebelas daerah.',
      ),
    ).toEqual(['Kepala Bakorda Sapta, Budi Santoso'])
    expect(
      label(
        'Menteri Ani Rahma, Budi Santoso, dan Sari Dewi hadir. Menteri Ani Rahma mengatakan kerja sama ini meliputi sebelas daerah.',
      ),
    ).toEqual(['Menteri Ani Rahma'])
  })
})

describe('a person introduced by name, degrees and "selaku" an office, mid-sentence', () => {
  it('is the one a later bare name speaks for, under the fullest writing', () => {
    const { main } = speakersOf(
      'Nota kesepahaman ditandatangani oleh Prof. Ir. Budi Santoso, M.Eng., selaku Rektor Universitas Sapta dan direktur perusahaan. Budi menanggapi positif atas kerja sama yang dijalin dengan perusahaan itu.',
    )
    expect(main?.name).toBe('Budi Santoso')
    expect(main?.label).toBe('Prof. Ir. Budi Santoso, M.Eng., selaku Rektor Universitas Sapta')
  })
})

describe('how and where the event was held', () => {
  it('reads the place right before the verb that holds the event, and the mode as written', () => {
    const cover = coverOf(
      'Pada Rabu sore 25 Juli, di ibukota Kota Lama berlangsung persidangan pertama komite kerja sama kedua negara.\n\nMenteri Luar Negeri Budi Santoso mengatakan kerja sama harus diperkuat bersama.',
    )
    expect(cover.place).toBe('ibukota Kota Lama')
    expect(
      coverOf(
        'Musrenbang Kota Lama tahun ini berlangsung secara daring dari ruang rapat balai kota.\n\nWali Kota Budi Santoso mengatakan perencanaan harus disusun bersama warga.',
      ).mode,
    ).toBe('berlangsung secara daring')
    // Not how something else is done: "dipromosikan secara online" is no mode of the event.
    expect(
      coverOf(
        'Produk UMKM akan dipromosikan secara daring.\n\nWali Kota Budi Santoso mengatakan perencanaan harus disusun bersama warga.',
      ).mode,
    ).toBeUndefined()
  })
})

describe('a title the office list does not know, before a rank and a name', () => {
  it('is the holder’s office ("Kabadan Sapta Marsdya Budi Santoso menyampaikan …")', () => {
    const { main } = speakersOf(
      'Kabadan Sapta Marsdya TNI Budi Santoso menyampaikan realisasi program dan anggaran badan tahun ini.',
    )
    expect(main?.label).toBe('Kabadan Sapta Marsdya TNI Budi Santoso')
    expect(main?.name).toBe('Budi Santoso')
    // A country before a rank is no title.
    expect(
      speakersOf('Ditegaskan Jepang Irjen Budi Santoso, pengamanan sudah disiapkan.').speakers.map(
        speaker => speaker.office ?? '',
      ),
    ).not.toContain('Jepang')
  })
})

describe('a verb of saying that opens the sentence', () => {
  it('is no part of the speaker’s name ("Kata Budi, …")', () => {
    const { speakers } = speakersOf(
      [
        'Budi AR menyatakan bahwa ia sering menggandeng media selama menjabat sebagai menteri.',
        'Seusai rapat di balai kota, Budi pun menggelar konferensi pers di ruang kerjanya.',
        '"Cara kerja saya memang selalu bersama media, sebab sendirian saya tidak akan didengar," ujarnya.',
        'Kata Budi, sebagai Menko Kesra, ia sering membuka persoalan kepada warga agar segera selesai.',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.label).join(' | ')).not.toMatch(/Kata/u)
  })
})

describe('a weekday alone in the story’s opening', () => {
  it('dates the event, unless it recurs or is still to come', () => {
    const text = (opening: string) =>
      `${opening}\n\nWali Kota Budi Santoso mengatakan pelayanan warga harus terus diperbaiki bersama.`
    expect(
      coverOf(text('Pemerintah Kota Lama pada Senin menandatangani kerja sama layanan air bersih.'))
        .date,
    ).toBe('pada Senin')
    expect(
      coverOf(text('Pemerintah Kota Lama pada hari Kamis menandatangani kerja sama air bersih.'))
        .date,
    ).toBe('pada hari Kamis')
    expect(
      coverOf(text('Pemerintah Kota Lama menggelar apel pagi setiap hari Senin bersama warga.'))
        .date,
    ).toBeUndefined()
    expect(
      coverOf(text('Pemerintah Kota Lama akan menandatangani kerja sama pada Senin mendatang.'))
        .date,
    ).toBeUndefined()
  })
})

describe('events of the genre by their own nouns', () => {
  it('names a dissemination, a socialisation, a trade mission or a state visit as the event', () => {
    const title = (text: string) => coverOf(text).title
    expect(
      title(
        'Kepala Badan Ani Rahma berbicara dalam Diseminasi Badan Sapta di Jakarta Barat, Kamis (14/12). "Ribuan rekening sudah kami hentikan," kata Ani.',
      ),
    ).toBe('Diseminasi Badan Sapta')
    expect(
      title(
        'Gubernur Ani Rahma membuka Misi Dagang Kota Lama di hotel itu, Rabu. "Kita perluas jejaring dagang," kata Ani.',
      ),
    ).toBe('Misi Dagang Kota Lama')
  })
})

describe('a title with a demonstrative, in subject place', () => {
  const heard = (text: string) =>
    speakersOf(text).speakers.map(speaker => [
      speaker.label,
      speaker.attributions.map(entry => entry.position),
    ])

  it('points back to the speaker it fits: the same office, or a leader for "Pemimpin"', () => {
    expect(
      heard(
        [
          'Presiden Lamoria Budi Santoso membuka KTT Sapta di Kota Lama, Senin (3/5).',
          '"Kita harus bersatu menghadapi krisis pangan," kata Presiden Lamoria Budi Santoso.',
          'Presiden Lamoria tersebut juga menyerukan agar negara anggota memperkuat cadangan beras.',
          'Pemimpin Lamoria itu mendesak para menteri untuk mempercepat kerja sama perdagangan.',
        ].join('\n\n'),
      ),
    ).toEqual([['Presiden Lamoria Budi Santoso', [1, 2, 3]]])
  })

  it("is no one when its office is another's", () => {
    const { speakers, unresolved } = speakersOf(
      [
        'Gubernur Sapta Budi Santoso membuka rapat koordinasi di Kota Lama, Senin (3/5).',
        '"Kita harus bekerja sama membangun jalan desa," kata Gubernur Sapta Budi Santoso.',
        'Ketua Forum Sapta ini juga berharap pembangunan desa berdampak bagi warga.',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual(['Gubernur Sapta Budi Santoso'])
    expect(speakers[0]!.attributions.map(entry => entry.position)).toEqual([1])
    expect(unresolved.map(entry => entry.position)).toEqual([2])
  })
})

describe('a pronoun after sentences of figures', () => {
  const article = (between: string) =>
    [
      'Menteri Sapta Budi Santoso membuka rapat kerja di Kota Lama, Senin (3/5).',
      'Budi Santoso menyatakan, tugas kemanusiaan selalu dinanti masyarakat.',
      'Dia berharap lembaga daerah jadi andalan penanggulangan bencana.',
      'Berdasarkan data lembaga itu, bencana pada Januari merenggut 19 orang korban jiwa.',
      `Rumah rusak berat 492 unit dan ${between} rusak ringan 1.200 unit.`,
      'Data tersebut bersumber dari 303 kejadian sepanjang Januari.',
      'Kerusakan terbanyak tercatat di wilayah pesisir.',
      '"Semua potensi bencana selalu ada. Akhirnya kita juga banyak berdoa," ujar dia.',
    ].join('\n\n')
  const heardBy = (text: string) =>
    speakersOf(text).speakers.map(speaker => [
      speaker.label,
      speaker.attributions.map(entry => entry.position),
    ])

  it('is the last person who spoke when the sentences since name no one', () => {
    expect(heardBy(article('rumah')).at(0)).toEqual(['Menteri Sapta Budi Santoso', [1, 2, 7, 8]])
  })

  it('is no one when a sentence since names another official', () => {
    const { speakers, unresolved } = speakersOf(article('menurut Gubernur Ani Rahma, rumah'))
    expect(speakers[0]!.attributions.map(entry => entry.position)).toEqual([1, 2])
    expect(unresolved.map(entry => entry.position)).toEqual([8])
  })
})

describe('a venue whose kind is written in lower case', () => {
  it('reads "di kantor PT …", "di kompleks …, Kota, Kota" and "di ruang sidang paripurna DPRD"', () => {
    expect(
      coverOf(
        'Nota kesepahaman ditandatangani Direktur Utama PT Sapta Budi Santoso dan Bupati Lamoria Ani Rahma di kantor PT Sapta Kalilama, Senin (24/9).',
      ).place,
    ).toBe('kantor PT Sapta Kalilama')
    expect(
      coverOf(
        'Presiden Budi Santoso membuka konferensi parlemen negara sahabat di kompleks DPR RI, Senayan, Jakarta, Rabu (14/5).',
      ).place,
    ).toBe('kompleks DPR RI, Senayan, Jakarta')
    expect(
      coverOf(
        'DPRD Kabupaten Lamoria menggelar Rapat Paripurna Hari Jadi ke-40 di ruang sidang paripurna DPRD. Ketua DPRD Budi Santoso memimpin rapat.',
      ).place,
    ).toBe('ruang sidang paripurna DPRD')
  })

  it('never takes the weekday after the room as its name', () => {
    expect(
      coverOf(
        'Rapat paripurna DPRD Kabupaten Lamoria, penyampaian nota pengantar LKPJ, di ruang paripurna Senin (6/5/2025).',
      ).place,
    ).toBeUndefined()
  })
})

describe('quotes, lists and places that end where the article says', () => {
  it('closes a straight quote written with a space inside ("… hari ini, " ujar X)', () => {
    const { speakers } = speakersOf(
      '" Besok kita tidak lagi berpuasa. Seluruh umat akan menunaikan salat, " ujar Menteri Sapta Budi Santoso dalam konferensi pers, Kamis (14/6). Hadir pula Ketua Majelis Ani Rahma dan Ketua Komisi Lamoria.',
    )
    expect(speakers[0]!.attributions.map(entry => entry.position)).toEqual([0, 1])
  })

  it('ends a list of who attended where the sentence goes on ("…, sektor X juga menjadi …")', () => {
    const attendees = (text: string) =>
      extractAttendees(G, parseArticle(text, G).sentences).map(item => item.text)
    expect(
      attendees(
        'Dalam pertemuan yang dihadiri Wakil Presiden Budi Santoso, Menteri Ani Rahma, dan Gubernur Lamoria, sektor pertanian juga menjadi primadona.',
      ),
    ).toEqual(['Wakil Presiden Budi Santoso', 'Menteri Ani Rahma', 'Gubernur Lamoria'])
  })

  it('ends a list of who attended at a quotation mark, and reads no "…, diikuti C" ranking as one', () => {
    const attendees = (text: string) =>
      extractAttendees(G, parseArticle(text, G).sentences).map(item => item.text)
    expect(
      attendees(
        '"Saya senang forum ini diikuti waktu saya melihat di Kota Lama," kata Menteri Budi Santoso dalam konferensi pers, di Gedung Sapta, Jakarta.',
      ),
    ).toEqual([])
    expect(
      attendees(
        '"Mayoritas produk ilegal berasal dari Sapta dan Lamoria, diikuti Kota Lama, Kota Baru, dan Kota Tua," jelasnya.',
      ),
    ).toEqual([])
    expect(
      attendees(
        'Dalam pelaksanaan daring, diikuti oleh para bupati, kepala Bappeda, dan DPRD se-Provinsi Sapta.',
      ),
    ).toEqual(['para bupati', 'kepala Bappeda', 'DPRD se-Provinsi Sapta'])
  })

  it('reads the place after a comma in the occasion, never where an earlier meeting was', () => {
    const cover = coverOf(
      [
        'Dia mengatakan, mencetuskan forum itu sejak ikut dalam pertemuan iklim di Kota Lama pada tahun lalu.',
        '"Saya senang sekali," kata Menteri Sapta Budi Santoso dalam Konferensi Pers Forum Sapta 2024, di Kota Baru, Kamis (5/9/2024).',
      ].join('\n\n'),
    )
    expect(cover.place).toBe('Kota Baru')
    expect(cover.occasion?.text).toBe(
      'dalam Konferensi Pers Forum Sapta 2024, di Kota Baru, Kamis (5/9/2024)',
    )
  })
})

describe('a deck with no headline', () => {
  it('is titled by the day its ceremony marks, and keeps a name that ends in "Utama"', () => {
    const text = [
      'KABARSAPTA.COM – Dalam rangka memperingati Hari Jadi ke-40 Kota Lama, Pj Wali Kota Lama, Budi Utama, memimpin upacara di Museum Sapta, Selasa (17/9/2024).',
      '“Tugas dan pengabdian belum selesai. Kita harus terus bekerja,” ucap Budi Utama.',
    ].join('\n\n')
    const cover = coverOf(text)
    expect(cover.title).toBe('Hari Jadi ke-40 Kota Lama')
    expect(speakersOf(text).main?.name).toBe('Budi Utama')
  })
})

describe('where it was held or signed', () => {
  it('reads the place after "bertempat" and "diteken … oleh A dan B"', () => {
    expect(
      coverOf(
        'Penegasan tersebut disampaikannya saat menghadiri Musrenbang Provinsi Sapta, bertempat di Swis Lama Hotel, Kota Baru, Rabu (21/5/2025).',
      ).place,
    ).toBe('Swis Lama Hotel, Kota Baru')
    expect(
      coverOf(
        'Nota kesepahaman tentang Sinergi Tugas ini diteken langsung oleh Kepala Sapta Budi Santoso dan Menteri Ani Rahma di Kota Lama, Senin (4/8/2025).',
      ).place,
    ).toBe('Kota Lama')
  })

  it('not after a verb of saying ("… menyampaikan … operasi yang berlangsung di Kota Lama")', () => {
    expect(
      coverOf(
        'Awal rapat Kepala Sapta Budi Santoso menyampaikan informasi terbaru operasi SAR yang sedang berlangsung di Kota Lama.',
      ).place,
    ).toBeUndefined()
  })
})

describe('the fullest mention of a speaker as the heading', () => {
  it("is the story's full name for a speaker the page head and the attributions name short", () => {
    const { main } = speakersOf(
      [
        'BerandaDaerahGubernur Darma dan Wagub Ani Rahma Dampingi Menbud Budi Santoso Buka Pesta...',
        'Gubernur Darma dan Wagub Ani Rahma Dampingi Menbud Budi Santoso Buka Pesta Kesenian Lama ke-47',
        'Lamoria kembali menjadi panggung peradaban. Sabtu malam, 21 Juni 2025, Gubernur Lamoria Wayan Darma dan Wakil Gubernur Ani Rahma mendampingi Menteri Kebudayaan, Budi Santoso, membuka Pesta Kesenian Lama ke-47.',
        '“Alam semesta adalah sumber inspirasi dalam kekaryaan seni,” ujar Gubernur Darma dalam pidatonya.',
        'Dalam pidato penuh refleksi, Darma menegaskan bahwa kebudayaan adalah pondasi pembangunan Lamoria.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('Gubernur Lamoria Wayan Darma')
  })

  it('is never another office holder who shares the surname (a wife)', () => {
    const { main } = speakersOf(
      [
        'Pj Wali Kota Lama, Budi Sapta, memimpin upacara di Museum Kota Lama, Selasa (17/9/2024).',
        'Budi Sapta didampingi oleh Pj Ketua TP PKK, Ani Rahma Budi Sapta.',
        '“Tugas dan pengabdian belum selesai,” ucap Budi Sapta.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('Pj Wali Kota Lama, Budi Sapta')
  })

  it('is never the holder of a higher office of the same words ("Wali Kota" for "Wakil Wali Kota")', () => {
    const { speakers } = speakersOf(
      [
        'Wakil Wali Kota Darma membuka forum di Kota Lama, Senin (3/5).',
        'Forum itu dihadiri Wali Kota Lama Ani Darma.',
        '“Kita harus bekerja sama,” ujar Wakil Wali Kota Darma.',
      ].join('\n\n'),
    )
    expect(speakers[0]?.label).toBe('Wakil Wali Kota Darma')
  })

  it('reads a police rank written out ("Kepala Polda X, Inspektur Jenderal Polisi Nama")', () => {
    const { main } = speakersOf(
      [
        'Konferensi pers ini dipimpin langsung oleh Kepala Polda Lamoria, Inspektur Jenderal Polisi Budi Santoso, didampingi Direktur Reserse Narkoba.',
        '“Kami mengapresiasi kerja keras tim di lapangan,” ujar Budi.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('Kepala Polda Lamoria, Inspektur Jenderal Polisi Budi Santoso')
  })
})

describe('a speech passed on by a protocol chief', () => {
  const article = [
    'Pj Bupati Lamoria Budi Santoso menghadiri Seremonial Pembukaan Pekan Kebudayaan Sapta ke-8 di Kota Lama, Sabtu (04/11/2023).',
    'Acara dimulai dengan penyerahan piala bergilir kepada Pj Gubernur Sapta, Ahmad Darma, sebut Kabag Prokopim Setdakab Lamoria, Ani Rahma, S.STP., M.Si., dari arena PKS-8.',
    'Sebanyak 700 orang berpartisipasi sebagai pengisi acara pada malam pembukaan, ungkap Ani Rahma.',
    '“Tema ini dipilih karena relevan dengan isu terkini secara global”, ucap Pj Gubernur Sapta dalam sambutannya, kata Ani Rahma.',
    'PKS ke-8 ini diikuti oleh 23 kabupaten/kota, papar Gubernur pada sambutannya.',
    '“Harapan kita PKS ke-8 ini bisa meningkatkan kunjungan wisatawan ke Sapta,” ujar Gubernur.',
  ].join('\n\n')

  it('names the protocol chief with his degrees after the name, and the bare title as the acting governor', () => {
    const { speakers } = speakersOf(article)
    expect(speakers.map(speaker => speaker.label).sort()).toEqual([
      'Kabag Prokopim Setdakab Lamoria, Ani Rahma',
      'Pj Gubernur Sapta, Ahmad Darma',
    ])
  })

  it('takes the one whose speech it is as the main speaker', () => {
    expect(speakersOf(article).main?.label).toBe('Pj Gubernur Sapta, Ahmad Darma')
  })
})

describe('an event someone is invited to', () => {
  it('is not the event reported ("undangan kepada X untuk hadir di KTT Y"), but one attended "atas undangan" is', () => {
    const invited = coverOf(
      [
        'Budi Undang PM Lamoria untuk Hadiri KTT Sapta di Kota Lama',
        'KOTA BARU, KABAR.com - Presiden Budi Santoso menyampaikan undangan kepada Perdana Menteri (PM) Lamoria, Ani Rahma untuk hadir di Konferensi Tingkat Tinggi (KTT) Sapta di Kota Lama pada November 2022.',
        'Dalam pertemuan bilateral di Istana Baru pada Senin (6/6/2022), kedua pemimpin membahas kerja sama ekonomi.',
        '"Saya berharap Perdana Menteri dapat hadir," ujar Budi Santoso dalam keterangan pers di Istana Baru.',
      ].join('\n\n'),
    )
    expect(invited.subtitle).toBe('pertemuan bilateral · Presiden Budi Santoso')
    expect(
      coverOf(
        'Kunjungan Presiden Budi Santoso dilakukan atas undangan Presiden Ani Rahma untuk mengadakan pertemuan, sekaligus menghadiri Pertemuan Informal Pemimpin Sapta. "Kami sepakat," kata Budi Santoso.',
      ).title,
    ).toBe('Pertemuan Informal Pemimpin Sapta')
  })

  it('keeps "Pj." and "Plt." in the sentence of the title they open', () => {
    const { sentences } = parseArticle(
      'Dalam sambutannya Pj. Gubernur Sapta Budi Santoso menyampaikan ungkapan syukur. Plt. Bupati Lama hadir.',
      G,
    )
    expect(sentences).toHaveLength(2)
  })
})

describe('a theme in title case', () => {
  it('goes on past "yang" before a capitalised word, and is read after "memilih Tema"', () => {
    expect(
      coverOf(
        'Rakernas Sapta tahun ini mengambil tema Revolusi Ekonomi yang Berkeadilan dan Berkelanjutan. Ketua Umum Budi Santoso membuka rakernas.',
      ).theme?.text,
    ).toBe('Revolusi Ekonomi yang Berkeadilan dan Berkelanjutan')
    expect(
      coverOf(
        '“Pekan Budaya ke-8 ini Pemerintah Lamoria memilih Tema Jalur Rempah Sapta. Tema ini relevan,” ucap Gubernur Budi Santoso.',
      ).theme?.text,
    ).toBe('Jalur Rempah Sapta')
  })

  it('still ends at "yang" before a lower-case word, and at "bersama" before a title', () => {
    expect(
      coverOf(
        'Forum Sapta bertema Kota Lama Maju yang digelar di Gedung Sapta dibuka Gubernur Budi Santoso.',
      ).theme?.text,
    ).toBe('Kota Lama Maju')
    expect(
      coverOf(
        'Gubernur Budi Santoso membuka Misi Dagang bertajuk Jejaring Antara Kota Lama dengan Kota Baru bersama Gubernur Ani Rahma.',
      ).theme?.text,
    ).toBe('Jejaring Antara Kota Lama dengan Kota Baru')
  })
})

describe('where and how, as the lead says it', () => {
  it('reads "… ke Hotel X, tempat rakernas digelar" as the venue', () => {
    expect(
      coverOf(
        'Hari ini, Senin (27/3/2017), Himpunan Sapta menggelar rakernas XVI di Jakarta. Presiden Budi Santoso datang ke Hotel Lamoria, tempat rakernas digelar, pagi tadi.',
      ).place,
    ).toBe('Hotel Lamoria')
  })

  it('keeps both ways of holding it ("secara daring dan luring")', () => {
    expect(
      coverOf(
        '“Rencana ini akan menjadi pedoman,” ujar Gubernur Budi Santoso saat membuka musrenbang yang diadakan secara daring dan luring tersebut.',
      ).mode,
    ).toBe('diadakan secara daring dan luring')
  })
})

describe('the format of the occasion', () => {
  it('names the session or the kind of speech the lead names first ("sesi pleno", "pidato utama")', () => {
    expect(
      coverOf(
        'Presiden Budi Santoso menyampaikan pidato utama pada sesi pleno Forum Sapta di Kota Lama, Kamis (4/9). Ia mengatakan kerja sama harus diperkuat.',
      ).format,
    ).toBe('pidato utama')
    expect(
      coverOf(
        'Menteri Ani Rahma dan mitranya menggelar jumpa pers bersama usai pertemuan di Kota Lama. Ia mengatakan kedua negara sepakat memperluas perdagangan.',
      ).format,
    ).toBe('jumpa pers bersama')
  })

  it('is the one where the main speaker spoke, and a word that also names a document only as a last resort', () => {
    expect(
      coverOf(
        'Kepala Kantor Sapta Budi Santoso menegaskan pemerintah tak melakukan intervensi pada hasil rilis yang dikeluarkan oleh Badan Statistik. Hal itu disampaikan Budi dalam konferensi pers di Kota Lama, Rabu (7/8).',
      ).format,
    ).toBe('konferensi pers')
    expect(
      coverOf(
        'Menteri Budi Santoso mengatakan kerja sama itu dimulai tahun depan, dalam pernyataan pers bersama di Kota Lama, Selasa. "Kami sepakat," kata Budi dalam pernyataan pers.',
      ).format,
    ).toBe('pernyataan pers bersama')
  })

  it('is not an earlier one, nor a release the newsroom received', () => {
    expect(
      coverOf(
        'Dalam rilis yang diterima redaksi, Menteri Ani Rahma mengatakan program itu dimulai tahun depan di Kota Lama.',
      ).format,
    ).toBeUndefined()
    expect(
      coverOf(
        'Seperti disampaikan dalam konferensi pers sebelumnya, Menteri Ani Rahma mengatakan program itu dimulai tahun depan.',
      ).format,
    ).toBeUndefined()
  })
})

describe('the event name as the lead writes it in full', () => {
  it('keeps the region it gathers, its level, the year and two bodies joined by a slash', () => {
    expect(
      coverOf(
        'Wakil Gubernur Budi Santoso membuka Rapat Koordinasi Penanaman Modal se-Sapta tahun 2025 di Kota Lama, Senin (14/4/2025).',
      ).title,
    ).toBe('Rapat Koordinasi Penanaman Modal se-Sapta tahun 2025')
    expect(
      coverOf(
        'Menteri Budi Santoso membuka Rapat Kerja Nasional (Rakernas) Kementerian Sapta/Lamoria di Kota Lama, Kamis (7/3/2024).',
      ).title,
    ).toBe('Rapat Kerja Nasional (Rakernas) Kementerian Sapta/Lamoria')
    expect(
      coverOf(
        'Bupati Budi Santoso menghadiri Rapat Paripurna Laporan Komisi atas Usul Wali Kota di Kota Lama, Selasa (16/9/2025).',
      ).title,
    ).toBe('Rapat Paripurna Laporan Komisi atas Usul Wali Kota')
    // A name that has its year keeps no second one.
    expect(
      coverOf(
        'Presiden Budi Santoso hadir pada Forum Bisnis Sapta 2023 (FBS) tahun 2023 di Kota Lama, Senin (4/9).',
      ).title,
    ).toBe('Forum Bisnis Sapta 2023 (FBS)')
  })
})

describe('what the main speaker said, however the sentence opens', () => {
  const messagesOf = (text: string) =>
    (extractSpeech(G, speakersOf(text).main)?.messages ?? []).map(message => message.text)

  it('reads "Seraya menekankan …, X mengatakan bahwa …" as X speaking, never "Seraya"', () => {
    const text = [
      'Presiden Budi Santoso berpidato pada KTT Sapta di Kota Lama, Jumat (19/5).',
      'Seraya menekankan pentingnya saling mendukung, Budi mengatakan bahwa kedua negara harus memperdalam rasa saling percaya.',
    ].join(' ')
    expect(speakersOf(text).speakers.map(speaker => speaker.label)).toEqual([
      'Presiden Budi Santoso',
    ])
    expect(messagesOf(text).join(' ')).toContain('memperdalam rasa saling percaya')
  })

  it('keeps a quotation that names what someone else said ("… yang disampaikan oleh …") as the speaker\'s own', () => {
    const speech = extractSpeech(
      G,
      speakersOf(
        [
          'Perdana Menteri Budi Santoso berpidato di Istana Kota Lama, Sabtu (11/1).',
          '"Saya ingin bekerja sama dengan Sapta mendukung program yang sudah disampaikan oleh Presiden, antara lain swasembada pangan," kata Budi dalam pidatonya.',
          'Budi mengatakan kedua negara memiliki banyak kesamaan.',
        ].join(' '),
      ).main,
    )
    expect(speech?.quote?.text).toContain('swasembada pangan')
  })

  it('reads "Dikatakan X bahwa …" as what X said, after "bahwa"', () => {
    const text = [
      'Presiden Budi Santoso berpidato pada KTT Sapta di Kota Lama, Jumat (19/5).',
      'Budi mengatakan kerja sama harus diperkuat bersama.',
      'Dikatakan Budi bahwa keenam negara harus menentang campur tangan dari luar kawasan.',
    ].join(' ')
    // What was said, without the words that say who said it.
    expect(messagesOf(text)).toContain(
      'keenam negara harus menentang campur tangan dari luar kawasan',
    )
  })
})

describe('the date as the press also types it', () => {
  it('keeps "(29/12 /2022)", "(23/9-2019)", a bracket left open and "(November 2017)"', () => {
    const dateOf = (when: string) =>
      coverOf(`Bupati Budi Santoso membuka Musrenbang Kota Lama di Pendopo Sapta, ${when}.`).date
    expect(dateOf('Kamis (29/12 /2022)')).toBe('Kamis (29/12 /2022)')
    expect(dateOf('Senin sore (23/9-2019)')).toBe('Senin sore (23/9-2019)')
    expect(dateOf('Rabu (15/11/2017 pagi')).toBe('Rabu (15/11/2017 pagi')
    expect(dateOf('Kamis sore (November 2017)')).toBe('Kamis sore (November 2017)')
  })
})

describe('a speech passed on by a spokesperson', () => {
  it('is the speech of whoever gave it, not of the one who passes it on', () => {
    const { main } = speakersOf(
      [
        'Juru bicara Kementerian Luar Negeri Sapta Ani Rahma dalam jumpa pers mengatakan, Menteri Luar Negeri Sapta Budi Santoso menyampaikan pidatonya di Kota Lama pada tanggal 11 Juli.',
        'Ani Rahma mengatakan, Budi Santoso dalam pidatonya menekankan, kerja sama kawasan harus terus diperdalam.',
        'Ani Rahma mengatakan, Budi Santoso dalam pidatonya menunjukkan, tahun ini adalah tahun kemitraan strategis.',
        'Ani Rahma mengatakan, pilihan Sapta adalah regionalisme yang terbuka.',
      ].join(' '),
    )
    expect(main?.label).toBe('Menteri Luar Negeri Sapta Budi Santoso')
  })
})

describe('a bare title that points back', () => {
  it('is the holder named before it, not one named only later in the list of who attended', () => {
    const { speakers } = speakersOf(
      [
        'Bupati Kota Lama Ani Rahma menandatangani nota kesepahaman dengan Universitas Sapta di Aula Lamoria, Sabtu (14/3).',
        'Dalam kesempatan itu Bupati mengapresiasi atas telah dilaksanakannya kerja sama tersebut.',
        'Bupati mengungkapkan, Kota Lama memiliki banyak potensi yang bisa digali bersama kampus.',
        'Hadir dalam kegiatan tersebut Rektor Sapta Budi Santoso dan Bupati Kota Baru Darma Wijaya.',
      ].join(' '),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Bupati Kota Lama Ani Rahma', 2],
    ])
  })
})

describe('a statement card', () => {
  it('shows what the speaker said first and, when that is no quote, their first direct quote', () => {
    const deck = generateDeck(
      [
        'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat bersama.',
        '',
        'Ani menegaskan bahwa petani perlu dukungan pupuk yang cukup.',
        '',
        '"Kita harus bergerak cepat," kata Ani.',
        '',
        'Presiden Budi Santoso mengajak Kota Lama ikut dalam program unggulannya.',
        '',
        '"Kami terbuka bagi industri Kota Lama di semua program pengolahan kami," kata Budi dalam pidatonya.',
      ].join('\n'),
    )
    const [card] = deck.briefing.statements
    expect(card?.speaker).toBe('Presiden Budi Santoso')
    expect(card?.also?.text).toBe(
      'Kami terbuka bagi industri Kota Lama di semua program pengolahan kami',
    )
    expect(deck.markdown).toContain('statement-also')
  })

  it('keeps one message when the first is already a quote', () => {
    const deck = generateDeck(
      [
        'Menteri Pertanian Ani Rahma mengatakan cadangan pangan harus diperkuat bersama.',
        '',
        'Ani menegaskan bahwa petani perlu dukungan pupuk yang cukup.',
        '',
        '"Kita harus bergerak cepat," kata Ani.',
        '',
        '"Kami sangat terbuka untuk kerja sama ini," kata Presiden Budi Santoso.',
        '',
        '"Kami juga siap membantu petani di seluruh kawasan," kata Budi.',
      ].join('\n'),
    )
    expect(deck.briefing.statements[0]?.also).toBeUndefined()
  })
})

describe('titles that go on after a joiner, and who only attended', () => {
  it('reads "Undersecretary-General untuk Urusan Kemanusiaan PBB Nama" as one title and its holder', () => {
    const { speakers } = speakersOf(
      [
        'Sekretaris Jenderal PBB Ani Rahma mengatakan dana itu membuat perbedaan bagi jutaan orang.',
        '"Dana ini harus terus memainkan perannya," kata Undersecretary-General untuk Urusan Kemanusiaan PBB Budi Santoso pada acara tersebut.',
      ].join(' '),
    )
    expect(speakers.map(speaker => speaker.label)).toContain(
      'Undersecretary-General untuk Urusan Kemanusiaan PBB Budi Santoso',
    )
  })

  it('does not let someone who only attended ("turut hadir") take the next "katanya"', () => {
    const { speakers } = speakersOf(
      [
        'Hal tersebut disampaikan oleh Ketua Dewan Sapta Ani Rahma dalam acara pencanangan gerakan itu.',
        'Menteri Koordinator bidang Perekonomian Budi Santoso turut hadir dalam acara itu.',
        '"Kami sudah mendapat dukungan penuh dari seluruh pemangku kepentingan," katanya kepada wartawan.',
      ].join(' '),
    )
    expect(speakers.map(speaker => [speaker.label, speaker.attributions.length])).toEqual([
      ['Ketua Dewan Sapta Ani Rahma', 2],
    ])
  })
})

describe('whose speech the event is', () => {
  it('is the main speaker even when the chair who opens it speaks more', () => {
    const { main } = speakersOf(
      [
        'DPRD Sapta menggelar Rapat Paripurna untuk mendengarkan pidato perdana Gubernur Sapta, Budi Santoso, pada Jumat (21/2/2025).',
        'Ketua DPRD Sapta, Ani Rahma, mengatakan rapat ini merupakan amanat undang-undang.',
        'Ani menyampaikan bahwa kepala daerah wajib menyampaikan pidato perdananya.',
        '"Kami menyambut baik kehadiran gubernur," kata Ani.',
        'Budi mengatakan pembangunan lima tahun ke depan akan berfokus pada desa.',
      ].join('\n\n'),
    )
    expect(main?.label).toBe('Gubernur Sapta, Budi Santoso')
  })
})

describe('thanks in the speech', () => {
  it('are shown when there is room, after what the speaker said of substance', () => {
    const text = [
      'Menteri Budi Santoso membuka forum itu di Kota Lama, Senin (4/3).',
      'Budi mengatakan bahwa kerja sama daerah harus diperkuat.',
      'Budi menegaskan bahwa investasi harus merata ke seluruh wilayah.',
      'Budi menambahkan bahwa perizinan akan dipermudah.',
      'Budi juga mengucapkan terima kasih kepada seluruh masyarakat Kota Lama atas dukungannya.',
    ].join(' ')
    const messages = (extractSpeech(G, speakersOf(text).main)?.messages ?? []).map(
      message => message.text,
    )
    expect(messages.join(' ')).toContain('terima kasih kepada seluruh masyarakat Kota Lama')
  })
})

describe('a name with two honorifics and the initials the article gives', () => {
  it('reads "Bupati Kota Lama Drs. H. Budi M. Santoso (HBS)", then "Bupati HBS", as one person', () => {
    const { main } = speakersOf(
      [
        'Musabaqah Kota Lama dibuka Bupati Kota Lama Drs. H. Budi M. Santoso (HBS) di lapangan desa, Minggu (3/9/2017) malam.',
        'Bupati HBS mengatakan, kegiatan itu menjadi wahana silaturahmi antarwarga.',
        '"Berlombalah dengan baik," kata Bupati HBS.',
      ].join(' '),
    )
    expect(main?.label).toBe('Bupati Kota Lama Drs. H. Budi M. Santoso (HBS)')
    expect(main?.attributions).toHaveLength(2)
  })

  it("keeps a body's acronym after its name for the office, no person's initials", () => {
    const { speakers } = speakersOf(
      'Kepala Dinas Penanaman Modal Pelayanan Terpadu Satu Pintu (DPMPTSP), Ani Rahma, mengatakan forum ini digelar setiap tahun.',
    )
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Kepala Dinas Penanaman Modal Pelayanan Terpadu Satu Pintu (DPMPTSP), Ani Rahma',
    ])
  })
})

describe('a noun before a name the article gave to someone', () => {
  it('is no first name: "Sikap Ani dalam menyampaikan …" is not a speaker of its own', () => {
    const { speakers, main } = speakersOf(
      [
        'Ketua Umum Partai Sapta Ani Rahmawati menutup kongres partai di Kota Lama, Sabtu (11/4/2015).',
        'Dia meminta partai menjadi pelopor gerakan revolusi mental.',
        '"Partai ini adalah kalangan intelektual," kata Rahmawati.',
        'Sikap Rahmawati dalam menyampaikan pidato penutupan berbeda dengan saat dirinya menyampaikan sambutan di acara pembukaan partai.',
      ].join(' '),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual([
      'Ketua Umum Partai Sapta Ani Rahmawati',
    ])
    expect(main?.label).toBe('Ketua Umum Partai Sapta Ani Rahmawati')
  })
})

describe('someone the quoted speaker tells of', () => {
  it('is no speaker of the event when the quotation opens the sentence and goes on', () => {
    const { speakers } = speakersOf(
      [
        'Gubernur Sapta Budi Santoso menegaskan kembali nilai sejarah perjuangan rakyat Sapta.',
        '“Sesaat setelah proklamasi, Jong Lamoria dengan berani menyatakan Sapta adalah bagian dari negeri ini.',
        'Semangat itu terus kita jaga bersama,” ujarnya.',
      ].join(' '),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual(['Gubernur Sapta Budi Santoso'])
  })
})

describe('how the speaker took part', () => {
  it('reads "berbicara melalui saluran video" and "berpidato … secara virtual", not how others attended', () => {
    expect(
      coverOf(
        'Saat berbicara melalui saluran video di hadapan peserta KTT Sapta, Presiden Budi Santoso mengatakan kerja sama harus diperkuat.',
      ).mode,
    ).toBe('melalui saluran video')
    expect(
      coverOf(
        'Presiden Budi Santoso berpidato di Sidang Tahunan Sapta secara virtual, Selasa (4/3). Ia mengatakan pemulihan harus merata.',
      ).mode,
    ).toBe('secara virtual')
    expect(
      coverOf(
        'Menteri Budi Santoso membuka rapat kerja di Kota Lama. Sejumlah bupati juga hadir secara virtual dari daerahnya.',
      ).mode,
    ).toBeUndefined()
  })
})

describe("a foreign place's name, and a place of a past time", () => {
  it('keeps lower-case joiners inside the name ("Kota de Lamoria", "Hall of Sapta") and an acronym after the country', () => {
    expect(
      coverOf(
        'Presiden Budi Santoso berpidato dalam KTT Sapta ke-17 di Kota de Lamoria, Darma, Minggu (6/7/2025).',
      ).place,
    ).toBe('Kota de Lamoria, Darma')
    expect(
      coverOf(
        'Menteri Ani Rahma berpidato dalam Sidang Umum Sapta, Sabtu (23/9/2023) di Kota Lama, Negeri Sapta (NS).',
      ).place,
    ).toBe('Kota Lama, Negeri Sapta (NS)')
    // A lower-case word before a lower-case one ends the name.
    expect(
      coverOf('Presiden Budi Santoso berpidato dalam KTT Sapta di Lamoria de facto, Minggu (6/7).')
        .place,
    ).toBe('Lamoria')
  })

  it('takes no place right after a past time ("… pada 2010 silam di …")', () => {
    const cover = coverOf(
      [
        'Kota Lama: Forum Sapta kembali digelar, dua tahun setelah rapat perdananya pada 2010 silam di Lamoria.',
        '"Diskusi kami sangat hangat," kata Menteri Ani Rahma, Jumat 16 Maret 2018.',
      ].join('\n\n'),
    )
    expect(cover.place).not.toBe('Lamoria')
  })
})

describe('a speaker who agrees with one who spoke before', () => {
  it('leaves the main speaker to the one agreed with ("Senada dengan X, Y juga …")', () => {
    const article = [
      '"Diskusi kami sangat hangat," kata Menteri Luar Negeri Ani Rahma, di Kota Lama, Jumat (16/3).',
      '"Pertemuan ini menguatkan hubungan kedua negara," lanjut dia.',
      'Senada dengan Ani, Menteri Perdagangan Budi Santoso juga menuturkan hal yang sama.',
      '"Kami membahas kerja sama maritim," ujar Budi.',
      '"Kami juga membahas perdagangan kedua negara," tambah Budi Santoso.',
      'Budi pun setuju dengan Ani bahwa tantangan di kawasan masih banyak, katanya.',
    ].join('\n\n')
    expect(speakersOf(article).main?.name).toBe('Ani Rahma')
  })
})

describe('the headline under an advertisement, and a date of what a clause tells of', () => {
  it('titles the deck with the line that shares the most with the lead, not an advertisement above it', () => {
    const cover = coverOf(
      [
        'Aplikasi Pilkada Serentak Kabupaten Darma 2024',
        'Jasa Konsultan Terbaik Nusantara',
        'Pemkab Libatkan Seluruh Pemangku Kepentingan dalam Musrenbang Sapta',
        'KOTA LAMA - Pemerintah Kabupaten Sapta menggelar Musrenbang Sapta, Selasa (19/3/2019).',
        'Seluruh pemangku kepentingan hadir. Dalam sambutannya, Bupati Sapta Budi Santoso mengatakan bahwa tema musrenbang tahun ini adalah percepatan pembangunan.',
      ].join('\n\n'),
    )
    expect(cover.title).toBe('Pemkab Libatkan Seluruh Pemangku Kepentingan dalam Musrenbang Sapta')
  })

  it('takes no date of a relative clause the article says is past ("… yang melanda pada 6 Februari lalu")', () => {
    const cover = coverOf(
      'KOTA LAMA - Presiden Budi Santoso mengatakan kerusakan akibat gempa yang melanda negaranya pada 6 Februari lalu mencapai $104 miliar. Ia berbicara pada konferensi donor di Lamoria.',
    )
    expect(cover.date).toBeUndefined()
    expect(
      coverOf(
        'KOTA LAMA - Forum Sapta yang digelar pada Senin (6/2) lalu dihadiri 40 negara. Presiden Budi Santoso mengatakan kerja sama harus diperkuat.',
      ).date,
    ).toBe('Senin (6/2)')
  })
})

describe('a titled name, then a second office, before the verb', () => {
  it('is one person with both offices ("…, Ketua DPR Budi Santoso, Ketua Sidang Umum Sapta 41 mengatakan")', () => {
    const { main } = speakersOf(
      'Pada acara pembukaan tersebut, Ketua DPR Budi Santoso, Ketua Sidang Umum Sapta 41 mengatakan bahwa ini untuk pertama kalinya sidang diadakan secara virtual.',
    )
    expect(main?.name).toBe('Budi Santoso')
    // A second name after the comma is another person, not an office of the first.
    const two = speakersOf(
      'Sebelumnya, Kepala Dinas Penanaman Modal Sapta, Ani Rahma melaporkan rapat dilaksanakan selama tiga hari di Kota Lama.',
    )
    expect(two.main?.name).toBe('Ani Rahma')
  })
})

describe('who a pronoun or an epithet is, after a sentence with no subject at its start', () => {
  const article = [
    'Kegiatan tersebut dipimpin langsung oleh Kapolda Sapta Irjen Pol Budi Santoso.',
    'Dihadapan awak media Budi mengungkap sebanyak 28 kasus korupsi yang ditangani Polda Sapta.',
    '“Ada sebanyak 28 kasus tindak pidana korupsi yang ditangani Polda Sapta,” ungkapnya.',
    '“Jumlah kasus korupsi tersebut mengakibatkan kerugian negara Rp54 miliar,” terang Pati bintang dua ini.',
  ].join('\n\n')

  it('is the one person the sentence before names, and "Pati bintang dua ini" points back like a pronoun', () => {
    const { main, speakers, unresolved } = speakersOf(article)
    expect(main?.name).toBe('Budi Santoso')
    expect(speakers.map(speaker => speaker.name)).toEqual(['Budi Santoso'])
    expect(unresolved).toEqual([])
  })

  it('reads four letters of a long first name as the short name ("Sapt" for "Saptawati"), a doubled letter as a slip', () => {
    const { main, speakers } = speakersOf(
      [
        'Ketua Umum PDL Saptawati Rahma menyampaikan pidato dalam pembukaan Rakernas PDL.',
        'Sapt menegaskan, tak akan melindungi kader yang tidak mengikuti instruksi partai.',
        '"Saya tidak akan melindungi kader yang tidak taat," kata Sapt.',
        'Ada sejumlah instruksi yang disampaikan Saptt dalam pidatonya, ujarnya.',
      ].join('\n\n'),
    )
    expect(main?.name).toBe('Saptawati Rahma')
    expect(speakers).toHaveLength(1)
  })
})

describe('a format with its short form, and an airport as the venue', () => {
  it('keeps "konferensi pers (konpers)" and "di bandara X" where it was held', () => {
    const cover = coverOf(
      'KOTA LAMA -- Presiden Budi Santoso langsung menggelar konferensi pers (konpers) sepulangnya dari kunjungan kerja ke Sapta. Konpers digelar di bandara Lamoria Raya, Ahad pagi (15/12).',
    )
    expect([cover.format, cover.place]).toEqual([
      'konferensi pers (konpers)',
      'bandara Lamoria Raya',
    ])
  })
})

describe('a quotation closed by a straight mark, and a party before a name', () => {
  it("ends a curly quotation at a straight closing mark: the next sentence is the report's", () => {
    const cover = coverOf(
      'KOTA LAMA - Bupati Budi Santoso menandatangani nota kesepahaman bertajuk “Tri Karya Sapta". Acara itu berlangsung di Kantor Bupati Kota Lama, Jum\'at (22/04/2024).',
    )
    expect([cover.place, cover.date]).toEqual(['Kantor Bupati Kota Lama', "Jum'at (22/04/2024)"])
  })

  it('labels no one with a party acronym and the word before it ("Politisi PDL Ani")', () => {
    const { speakers } = speakersOf(
      [
        'Suasana sidang pengesahan pimpinan Dewan di gedung Sapta, di Kompleks Dewan, Kota Lama (1/10). Politisi PDL Ani Rahma (tengah) ditetapkan sebagai Ketua Dewan periode 2019-2024 melalui rapat itu dan diwakili oleh Budi Santoso dari Fraksi Sapta (dua kanan), Darma Wijaya dari Fraksi Lamoria (kiri), Rudi Hartono (dua kiri) dan Joko Prasetyo dari Fraksi Darma (kanan).',
        'Ani Rahma resmi dilantik sebagai Ketua Dewan periode 2019-2024 dalam Sidang Paripurna, Selasa, 1 Oktober 2019. Dalam pidato pertamanya, Ani menyatakan bahwa Dewan terbuka terhadap masukan dari warga.',
        'Dewan, kata dia, merupakan lembaga yang mewakili warga. "Kami tidak anti-kritik," kata dia dalam pidato perdananya di Gedung Dewan, Kota Lama, Selasa (1/10).',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.label)).toEqual(['Ani Rahma'])
  })
})

describe('a phrase fronted without its comma, and a region written short after a title', () => {
  it('reads the subject after "Pada awal pidatonya …", not after a clause of saying', () => {
    const { main } = speakersOf(
      'Pada awal pidatonya Presiden Budi Santoso mengatakan, dunia menunggu jawaban atas pandemi yang belum usai.',
    )
    expect(main?.name).toBe('Budi Santoso')
    const { speakers } = speakersOf(
      [
        'PM Sapta, Budi Santoso, menyampaikan pidato penting di KTT Lamoria.',
        'Ketika mengungkapkan tanggung jawab Sapta, PM Budi Santoso, mengatakan: “Sebagai mitra tepercaya, Sapta akan terus berkoordinasi erat dengan negara-negara lain.”',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.name)).toEqual(['Budi Santoso'])
  })

  it('gives "Kapolda Sapteng" to the one Kapolda named in full, not to another officer', () => {
    const { main } = speakersOf(
      [
        'Pengungkapan kasus dipimpin oleh Kapolda Sapta Tengah Brigjen Pol Budi Santoso yang didampingi oleh Kabid Humas Polda Sapteng Ani Rahma di Kota Lama, Jumat (8/3/2019).',
        'Dalam keterangan persnya Kapolda Sapteng mengatakan, pengembangan kasus di tiga kota sudah pada tahap penyelidikan.',
        '"Jumlah saksi yang diperiksa sebanyak 24 orang," terangnya.',
      ].join('\n\n'),
    )
    expect(main?.name).toBe('Budi Santoso')
  })
})

describe('a stance, an adverb before the verb, a kind of region, a title with a slip', () => {
  it('reads "bersyukur atas …" and "tegas meminta …" as the speaker’s words', () => {
    const heard = (text: string) => speakersOf(text).main?.attributions.length ?? 0
    expect(
      heard(
        'Kapolda Sapta Brigjen Pol Budi Santoso, bersyukur atas kondisi kamtibmas pasca pemilu yang berjalan aman dan lancar.',
      ),
    ).toBe(1)
    expect(
      heard(
        'Presiden Budi Santoso tegas meminta lembaga itu untuk selalu berbenah diri agar negara bisa tangguh.',
      ),
    ).toBe(1)
  })

  it('reads "Gubernur Provinsi Sapta Nama" as the title, the region, then the name', () => {
    expect(
      speakersOf(
        'Gubernur Provinsi Sapta Budi Santoso mengatakan pembangunan harus merata di seluruh daerah.',
      ).main?.name,
    ).toBe('Budi Santoso')
  })

  it('gives a title with a slip of the pen ("Gubenur") to the one holder named in full', () => {
    const { speakers } = speakersOf(
      [
        'KOTA LAMA - Gubernur Provinsi Sapta Budi Santoso secara resmi membuka rapat paripurna di gedung dewan, Senin (16/9/2019).',
        'Dalam sambutannya, Gubenur menyampaikan untuk mengedepankan kepentingan masyarakat daripada kepentingan golongan.',
        '"Kita tidak boleh terprovokasi," kata Budi.',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.name)).toEqual(['Budi Santoso'])
  })
})

describe('a foreign name with lower-case words inside', () => {
  it('keeps "von der" and "bin" inside the name, after the title', () => {
    const { main } = speakersOf(
      'Presiden Komisi Eropa Ani von der Rahma mengatakan: “Kebutuhan para penyintas masih sangat besar dan harus ditangani dengan segera.”',
    )
    expect([main?.name, main?.office]).toEqual(['Ani von der Rahma', 'Presiden Komisi Eropa'])
    expect(
      speakersOf('Raja Budi bin Santoso mengatakan kerja sama kawasan harus diperkuat.').main?.name,
    ).toBe('Budi bin Santoso')
  })
})

describe('festivities as events, and a headline copy cut short above the headline', () => {
  it('names "Pesta Kesenian X ke-47" and "Wisuda ke-146 Universitas X" as the event', () => {
    expect(
      coverOf(
        'KOTA LAMA - Gubernur Budi Santoso membuka secara resmi Pesta Kesenian Sapta (PKS) ke-47 di panggung terbuka Lamoria, Sabtu malam, 21 Juni 2025.',
      ).title,
    ).toBe('Pesta Kesenian Sapta (PKS) ke-47')
    expect(
      coverOf(
        'Menteri Budi Santoso menghadiri acara Wisuda ke-146 Universitas Sapta (Unsap) yang berlangsung di Aula Lamoria, Kota Lama, Kamis (27/4).',
      ).title,
    ).toBe('Wisuda ke-146 Universitas Sapta (Unsap)')
  })

  it('takes a breadcrumb with a headline cut short ("…Buka Pesta...") for the page, the headline below for the title', () => {
    const cover = coverOf(
      [
        'BerandaDaerahGubernur Budi Santoso Buka Pesta Kesenian Sapta...',
        'Gubernur Budi Santoso Buka Pesta Kesenian Sapta ke-47',
        'Kota Lama - Sabtu malam, 21 Juni 2025, Gubernur Budi Santoso membuka secara resmi Pesta Kesenian Sapta ke-47 di panggung terbuka Lamoria.',
      ].join('\n\n'),
    )
    expect(cover.title).toBe('Gubernur Budi Santoso Buka Pesta Kesenian Sapta ke-47')
  })
})

describe('who delivers the speech, and the source a newsroom quotes', () => {
  it('weighs for the one who "menyampaikan pidato", over a chair who spoke first', () => {
    const { main } = speakersOf(
      [
        'Kota Lama - Gedung DPRD Sapta menjadi saksi peringatan Hari Jadi ke-80 Provinsi Sapta. Sidang paripurna istimewa tersebut dipimpin Ketua DPRD Sapta, Ani Rahma. Hadir pula Gubernur Sapta, Budi Santoso.',
        'Dalam sambutannya, Ani menegaskan bahwa usia ke-80 tahun bukan sekadar angka.',
        'Dalam kesempatan itu, Gubernur Budi menyampaikan pidato reflektif sekaligus arah pembangunan ke depan. Ia menegaskan bahwa meski anggaran daerah relatif kecil, pemerintah tetap mampu mencatat kemajuan penting.',
        'Budi memaparkan delapan agenda utama pembangunan daerah sebagai arah kebijakan Sapta.',
      ].join('\n\n'),
    )
    expect(main?.name).toBe('Budi Santoso')
  })

  it('ends the occasion at "seperti dikutip …", with or without its comma', () => {
    const cover = coverOf(
      '“Kita perlu peran besar pemerintahan baru,” ucap Budi Santoso dalam konferensi pers Musyawarah Sapta, di Kantor Sapta, Kota Lama, Sabtu (10/8) seperti dikutip Kabar.com.',
    )
    expect(cover.occasion?.text).not.toMatch(/dikutip/u)
  })
})

describe('an event named in English as the place', () => {
  it('is no place: the venue after it is ("di Sapta Ministers\' Meeting di Hotel Lamoria")', () => {
    const cover = coverOf(
      '"Terima kasih atas keramahan yang luar biasa," ujar Menteri Luar Negeri Budi Santoso dalam Press Availability terkait kehadirannya di Sapta Foreign Ministers\' Meeting di Hotel Lamoria Jakarta, Jumat (15/7/2023) malam.',
    )
    expect(cover.place).toBe('Hotel Lamoria Jakarta')
  })
})

describe('what the speaker recalled, and a speech by video link', () => {
  it('reads "… mengenang 55 tahun …" as the speaker’s words, so the pronouns after it are theirs', () => {
    const { main, unresolved } = speakersOf(
      [
        'Berbicara pada upacara pembukaan, Perdana Menteri Kamboja Budi Santoso mengenang 55 tahun sejarah kawasan dan pencapaian luar biasa, lapor Kantor Berita Lamoria (KBL).',
        'Dia mengatakan situasi regional yang tidak pasti disebabkan oleh pandemi.',
        'Menurutnya, tantangan seperti perubahan iklim telah memaksa kawasan melalui pengalaman pahit.',
      ].join('\n\n'),
    )
    expect(main?.name).toBe('Budi Santoso')
    expect(unresolved).toEqual([])
  })

  it('reads "melalui sambungan video" after "Berbicara pada …" however far', () => {
    expect(
      coverOf(
        'Berbicara pada sebuah konferensi donor internasional yang diadakan di Kota Lama melalui sambungan video, Presiden Budi Santoso mengatakan: “Tidak ada negara yang dapat melawan bencana sendirian.”',
      ).mode,
    ).toBe('melalui sambungan video')
  })
})

describe('a shout or a joke that closes a quotation', () => {
  it('names who said it ("…?!" teriak X, "…," seloroh X)', () => {
    const heard = (text: string) => speakersOf(text).main?.name
    expect(
      heard(
        '"Jika tidak siap silakan kalian pergi. Siap atau tidak?!" teriak Budi Santoso kepada para kader.',
      ),
    ).toBe('Budi Santoso')
    expect(
      heard(
        '"Jangan dikira saya orangnya selalu serius," seloroh Ketua Umum Ani Rahma di depan peserta.',
      ),
    ).toBe('Ani Rahma')
  })
})

describe('dates as the press types them', () => {
  it('reads "Sabtu, 28 April, 2018", "kamis, 29 Desember 2022" and "Jumat (8/3/2019) sore tadi"', () => {
    const dateOf = (text: string) => coverOf(`KOTA LAMA - ${text}`).date
    expect(
      dateOf(
        'Presiden Budi Santoso membuka KTT Sapta ke-32 pada Sabtu, 28 April, 2018 di Kota Lama.',
      ),
    ).toBe('Sabtu, 28 April, 2018')
    expect(
      dateOf('Presiden Budi Santoso membuka KTT Sapta pada kamis, 29 Desember 2022 di Kota Lama.'),
    ).toBe('kamis, 29 Desember 2022')
    expect(
      dateOf('Kegiatan dipimpin Presiden Budi Santoso di Kota Lama, Jumat (8/3/2019) sore tadi.'),
    ).toBe('Jumat (8/3/2019) sore tadi')
    // A week in lower case is no weekday: "… di Kota Lama minggu ini".
    expect(
      dateOf('Para sekutu berjanji membantu pada sebuah konferensi di Kota Lama minggu ini.'),
    ).toBeUndefined()
  })
})

describe('a region read as a name, a former title, a summit still to come', () => {
  it('opens the name at an honorific after a body and its region ("Ketua DPRD Sapta H. Nama")', () => {
    const { main } = speakersOf(
      'Ketua DPRD Sapta H. Budi Santoso mengatakan festival ini harus terus digelar.',
    )
    expect([main?.office, main?.name]).toEqual(['Ketua DPRD Sapta', 'H. Budi Santoso'])
  })

  it('reads "sambung mantan Bupati Sapta itu" as the speaker before, not someone whose name holds the region', () => {
    const { speakers } = speakersOf(
      [
        'Gubernur Lamoria, Budi Santoso berharap seluruh kabupaten bisa ikut terlibat pada festival di tahun mendatang.',
        'Ia didampingi Bupati Sapta, Joko Prasetyo, dan Ketua DPRD Sapta Ani Rahma di tengah lapangan.',
        'Budi menjelaskan, pemerintah provinsi akan terus membantu kabupaten agar festival digelar terus.',
        '"Seterusnya kita akan membantu sehingga kegiatan ini dapat terus dilaksanakan," sambung mantan Bupati Sapta itu.',
      ].join('\n\n'),
    )
    expect(speakers.map(speaker => speaker.name)).toEqual(['Budi Santoso'])
  })

  it('takes no summit that one "akan bekerja sama dengan" for the event', () => {
    const cover = coverOf(
      [
        'KOTA LAMA - "Kami ingin memperkuat kemitraan," ungkap PM Budi Santoso dalam jumpa pers bersama Presiden Ani Rahma siang ini (27/7/2022).',
        'PM Budi Santoso menegaskan bahwa Sapta akan bekerja sama dengan KTT Lamoria pada bulan November 2022.',
        'Kedua pemimpin juga menegaskan bahwa Darma akan bekerja sama dengan KTT Lamoria di Kota Baru pada November.',
      ].join('\n\n'),
    )
    expect(cover.title).not.toBe('KTT Lamoria')
  })
})
