import { describe, expect, it } from 'vitest'
import { isResidue, parseArticle, splitSentences } from '../../scripts/parse/parse-article.js'
import { refAt } from '../../scripts/positions.js'
import { decodeArticle, normaliseText } from '../../scripts/parse/read-article.js'
import { grammarOf } from '../../scripts/lang/grammar.js'

const G = grammarOf()

describe('normaliseText', () => {
  it('drops the BOM, turns CRLF and CR into LF and odd spaces into plain ones, keeping every line', () => {
    const text = normaliseText('\uFEFFsatu\r\ndua\u00A0tiga\rempat\tlima')
    expect(text).toBe('satu\ndua tiga\nempat lima')
  })
})

describe('decodeArticle', () => {
  it('refuses binary data, invalid UTF-8 and white space only', () => {
    expect(() => decodeArticle(new Uint8Array([65, 0, 66]), 'a.txt')).toThrow(
      /a\.txt: expected a text article, found binary data/,
    )
    expect(() => decodeArticle(new Uint8Array([0xc3, 0x28]), 'a.txt')).toThrow(
      /invalid byte sequences/,
    )
    expect(() => decodeArticle(new TextEncoder().encode(' \n\u00A0\t\r\n'), 'a.txt')).toThrow(
      /empty file/,
    )
  })
})

describe('parseArticle', () => {
  it('keeps lines that remark joins into one paragraph apart, each with its own line number', () => {
    const article = parseArticle(
      'Kalimat pertama yang cukup panjang.\nKalimat kedua juga cukup panjang.\n\nParagraf baru di baris empat.',
    )
    expect(article.paragraphs.map(paragraph => [paragraph.line, paragraph.text])).toEqual([
      [1, 'Kalimat pertama yang cukup panjang.'],
      [2, 'Kalimat kedua juga cukup panjang.'],
      [4, 'Paragraf baru di baris empat.'],
    ])
  })

  it('joins a hard-wrapped paragraph, and maps each place back to its own line', () => {
    const article = parseArticle(
      [
        'Jepang Siap Berbagi Data Ancaman',
        'Menteri Luar Negeri Jepang mengatakan bahwa kerja sama harus',
        'dipercepat demi keamanan bersama di seluruh kawasan, ujar Menteri',
        'Luar Negeri itu.',
      ].join('\n'),
    )
    expect(article.paragraphs.map(paragraph => paragraph.line)).toEqual([1, 2])
    expect(article.paragraphs[1].text).toBe(
      'Menteri Luar Negeri Jepang mengatakan bahwa kerja sama harus dipercepat demi keamanan bersama di seluruh kawasan, ujar Menteri Luar Negeri itu.',
    )
    // The first line reads as the page's headline: it titles the deck and is not a sentence of the
    // story.
    expect(article.paragraphs[0].depth).toBe(1)
    const [sentence] = article.sentences
    expect(sentence.breaks?.map(({ line, column }) => [line, column])).toEqual([
      [3, 1],
      [4, 1],
    ])
    expect(refAt(sentence, sentence.sentence.indexOf('dipercepat'))).toMatchObject({
      line: 3,
      column: 1,
    })
    expect(refAt(sentence, sentence.sentence.indexOf('Negeri itu'))).toMatchObject({
      line: 4,
      column: 6,
    })
  })

  it('does not join a short line without a full stop (a title) to the next sentence', () => {
    expect(
      parseArticle('Konvensi Hanoi Resmi Ditandatangani\nPresiden Chili mengatakan bahwa ia hadir.')
        .paragraphs,
    ).toHaveLength(2)
  })

  it('gives every sentence its line and column', () => {
    const article = parseArticle(
      'Judul kecil di sini saja.\nIni kalimat satu. Ini kalimat dua yang lain.',
    )
    const second = article.sentences.find(sentence =>
      sentence.sentence.startsWith('Ini kalimat dua'),
    )!
    expect([second.line, second.column]).toEqual([2, 19])
  })

  it('strips markdown markers that remark recognised, and reads headings', () => {
    const article = parseArticle(
      '# Judul Berita\n\n> Kutipan dalam blok yang panjang.\n\n- Butir daftar yang cukup panjang.',
    )
    expect(
      article.paragraphs.map(paragraph => [paragraph.text, paragraph.depth, paragraph.column]),
    ).toEqual([
      ['Judul Berita', 1, 3],
      ['Kutipan dalam blok yang panjang.', 0, 3],
      ['Butir daftar yang cukup panjang.', 0, 3],
    ])
  })

  it('leaves page residue out by rule', () => {
    const article = parseArticle(
      'Berita yang sebenarnya ada di sini.\n\nKomentar (12)\n\nBagikan\n\nBaca juga: Judul berita lain yang tidak terkait\n\n12  845 7021',
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).toEqual([
      'Berita yang sebenarnya ada di sini.',
    ])
    expect(article.residue.map(line => line.line)).toEqual([3, 5, 7, 9])
  })

  it('leaves out a caption that ends in its photo credit, and a line with a machine timestamp', () => {
    const article = parseArticle(
      [
        'Senin, 3 Maret 2025 | Senin, 3 Maret 2025 WIB Last Updated 2025-03-03T13:22:31Z',
        '',
        'PANGAN: Menteri Ani Rahma meluncurkan Gerakan Pangan Kota - Foto Net. |',
        'Kedua bupati menandatangani kerja sama antardaerah di Kota Lama (foto/ab)',
        '',
        'KOTA LAMA - Menteri Ani Rahma meluncurkan Gerakan Pangan Kota di Kota Lama, Senin (3/3/2025).',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).toEqual([
      'Menteri Ani Rahma meluncurkan Gerakan Pangan Kota di Kota Lama, Senin (3/3/2025).',
    ])
  })

  it('leaves out a caption whose credit in brackets opens with "ist/" ("(ist/kabar.com)")', () => {
    const article = parseArticle(
      [
        'Bupati Budi Santoso menyalami para peserta di garis finis pawai, Minggu (3/9/2017) sore. (ist/kabarkota.com)',
        '',
        'KOTA LAMA - Musabaqah tingkat kabupaten dibuka Bupati Budi Santoso di lapangan desa, Minggu (3/9/2017) malam.',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).toEqual([
      'Musabaqah tingkat kabupaten dibuka Bupati Budi Santoso di lapangan desa, Minggu (3/9/2017) malam.',
    ])
  })

  it('leaves out a caption that ends in a wire agency after a slash ("…/Yonhap"), never a headline', () => {
    const article = parseArticle(
      [
        'Presiden Budi Santoso saat membuka KTT Kota Lama/Yonhap',
        '',
        'Buka KTT di Kota Lama, Presiden Budi: Kawasan Mitra Berharga',
        '',
        'Presiden Budi Santoso menegaskan keinginan negaranya memperkuat kerja sama kawasan dalam KTT Kota Lama, Selasa.',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).not.toContain(
      'Presiden Budi Santoso saat membuka KTT Kota Lama/Yonhap',
    )
  })

  it('leaves out a caption under an agency credit in capitals, before the dateline', () => {
    const article = parseArticle(
      [
        'Ketua Sapta Enggan Gelar Barang Bukti, Ini Alasannya',
        '',
        'KABAR / ANI RAHMA',
        'Ketua Sapta Budi Santoso pada acara serah terima jabatan, di Kota Lama, Senin (21/12/2015).',
        '',
        'KOTA LAMA, KABAR.CO.ID - Ketua Sapta Budi Santoso memberikan keterangan pers, Kamis (14/1/2016).',
      ].join('\n'),
      G,
    )
    expect(article.sentences.map(sentence => sentence.sentence)).toEqual([
      'Ketua Sapta Budi Santoso memberikan keterangan pers, Kamis (14/1/2016).',
    ])
  })

  it('leaves out a photo caption printed as a bullet and again below it', () => {
    const article = parseArticle(
      [
        'Presiden Budi: Kota Lama Siap Menjadi Tuan Rumah',
        '',
        '• Presiden Budi Santoso menyampaikan sambutan dalam Forum Sapta di Kota Lama',
        '',
        '    Presiden Budi Santoso menyampaikan sambutan dalam Forum Sapta di Kota Lama',
        '',
        'KOTA LAMA - Presiden Budi Santoso menyatakan kota itu siap menjadi tuan rumah forum tahun depan.',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).toEqual([
      'Presiden Budi: Kota Lama Siap Menjadi Tuan Rumah',
      'Presiden Budi Santoso menyatakan kota itu siap menjadi tuan rumah forum tahun depan.',
    ])
  })

  it('leaves out a caption printed on the next line again with its credit between slashes', () => {
    const article = parseArticle(
      [
        'Pemkab Sapta Teken Kerja Sama dengan Universitas Lamoria',
        '',
        '- 14 Mei 2021, 17:32 WIB',
        'Rektor Universitas Lamoria Budi Santoso saat menandatangani nota kerja sama, Rabu, 13 Mei 2021 di Kota Lama',
        'Rektor Universitas Lamoria Budi Santoso saat menandatangani nota kerja sama, Rabu, 13 Mei 2021 di Kota Lama /Dok. Humas Pemkab Sapta/',
        '',
        'KABAR SAPTA - Pemerintah Kabupaten Sapta menandatangani nota kesepakatan dengan Universitas Lamoria.',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).toEqual([
      'Pemkab Sapta Teken Kerja Sama dengan Universitas Lamoria',
      'Pemerintah Kabupaten Sapta menandatangani nota kesepakatan dengan Universitas Lamoria.',
    ])
  })

  it('leaves out a teaser line the lead opens with, so the headline above it titles the deck', () => {
    const article = parseArticle(
      [
        'Bupati: Jaga Kota Tetap Bersih',
        'Bupati Sapta, Budi Santoso menegaskan',
        'KOTA LAMA - Bupati Sapta, Budi Santoso menegaskan, warga harus menjaga kebersihan kota.',
        'Ia meminta semua kecamatan ikut bergerak setiap pekan.',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.filter(paragraph => paragraph.depth === 1).map(p => p.text)).toEqual([
      'Bupati: Jaga Kota Tetap Bersih',
    ])
    expect(article.residue.map(item => item.text)).toContain(
      'Bupati Sapta, Budi Santoso menegaskan',
    )
    // The story's paragraphs keep their numbers in order.
    expect(article.sentences.map(sentence => sentence.paragraph)).toEqual(
      article.sentences.map(sentence =>
        article.paragraphs.findIndex(paragraph => paragraph.sentences.includes(sentence)),
      ),
    )
  })

  it('keeps a list the story introduces, one item per line, marked or bare', () => {
    const article = parseArticle(
      [
        'KOTA LAMA - Bupati Sapta menandatangani kerja sama dengan Kota Baru, Senin (3/3/2025).',
        '',
        'Kedua pihak sepakat bekerja sama di tiga bidang:',
        '- Pendidikan',
        '- Kesehatan',
        '',
        'Kedua pihak juga siap bekerja sama.',
        'Bidang pendidikan',
        'Bidang kesehatan',
        'Bidang pariwisata',
        '',
        'Bagikan',
        'Komentar',
      ].join('\n'),
      G,
    )
    expect(
      article.paragraphs.filter(paragraph => paragraph.listItem).map(paragraph => paragraph.text),
    ).toEqual([
      'Pendidikan',
      'Kesehatan',
      'Bidang pendidikan',
      'Bidang kesehatan',
      'Bidang pariwisata',
    ])
    // Two short lines after a sentence that introduces nothing are the page's, as before.
    expect(article.residue.map(line => line.text)).toEqual(['Bagikan', 'Komentar'])
  })
})

describe('the page after the story', () => {
  const story = [
    'KOTA, KABARKITA.COM - Menteri Contoh Budi Santoso membuka forum daerah pada hari Senin di Kota Lama.',
    'Ia mengatakan bahwa forum itu akan memperkuat kerja sama antardaerah di seluruh wilayah.',
  ]
  const texts = (article: ReturnType<typeof parseArticle>) => article.sentences.map(s => s.sentence)

  it('leaves out what follows the closing credit, even with no blank line: a teaser of another article', () => {
    const article = parseArticle(
      [
        ...story,
        'Editor : Siti Contoh',
        'Kota Tetangga akan Menutup Jalan Raya',
        'KOTA, KABARKITA.COM - Pemerintah Kota Tetangga menyatakan akan menutup jalan raya selama s...',
      ].join('\n'),
      G,
    )
    expect(texts(article).join(' ')).not.toMatch(/Tetangga/u)
    expect(article.residue.map(r => r.text)).toContain('Kota Tetangga akan Menutup Jalan Raya')
  })

  it('still reads a source line after the credit, and the next page of a story split over pages', () => {
    const article = parseArticle(
      [
        ...story.join('\n\n').split('\n'),
        '',
        'Reporter: Siti Contoh',
        '',
        'Sumber: https://contoh.example/berita/forum',
        '',
        'Baca berita lain dari kami di sini.',
        '',
        '2 dari 3 halaman',
        '',
        'Budi berharap forum berikutnya diadakan di kota yang lain lagi tahun depan.',
      ].join('\n'),
      G,
    )
    expect(texts(article)).toContain('Sumber: https://contoh.example/berita/forum')
    expect(texts(article)).toContain(
      'Budi berharap forum berikutnya diadakan di kota yang lain lagi tahun depan.',
    )
    expect(texts(article).join(' ')).not.toMatch(/Baca berita lain/u)
  })

  it('does not take a credit line before the story for its end', () => {
    const article = parseArticle(
      ['Forum Daerah Dibuka', 'Penulis: Siti Contoh', '', ...story].join('\n'),
      G,
    )
    expect(texts(article)).toHaveLength(2)
  })

  it('keeps a last sentence closed by an empty end mark, and reads a dateline with two calendars', () => {
    const article = parseArticle(
      [
        'Kota Lama, 22 Muharram 1447/5 November 2025 (KABAR) – Menteri Sapta membuka pertemuan itu hari ini.',
        '',
        '"Kita harus bekerja sama lebih erat lagi," kata Menteri Sapta.[]',
      ].join('\n'),
      G,
    )
    expect(article.dateline?.text).toBe('Kota Lama, 22 Muharram 1447/5 November 2025 (KABAR) – ')
    expect(article.cut).toBeUndefined()
    expect(article.sentences).toHaveLength(2)
  })

  it('leaves out a caption ending in a date and a credit after a slash ("… 2024/Kemlu Sapta")', () => {
    const article = parseArticle(
      [
        'Berita',
        '',
        'Gelaran Retreat para Menteri Luar Negeri di Kota Lama pada Kamis, 25 Juli 2024/Kemlu Sapta',
        '',
        'Di Forum Sapta, Menlu Tegaskan Posisi Kawasan',
        '',
        'Sejumlah isu regional dan global dibahas dalam Retreat para Menteri Luar Negeri di Kota Lama pada Kamis (25/7).',
      ].join('\n'),
      G,
    )
    expect(article.paragraphs.map(paragraph => paragraph.text)).not.toContain(
      'Gelaran Retreat para Menteri Luar Negeri di Kota Lama pada Kamis, 25 Juli 2024/Kemlu Sapta',
    )
  })

  it('reads a dateline of an outlet, a place and its day in brackets ("Kabar, Kota Lama (26/2) – …")', () => {
    const article = parseArticle(
      'Kabar, Kota Lama (26/2) – Presiden Budi Santoso dan Perdana Menteri Ani Rahma sepakat meningkatkan kerja sama kedua negara.',
      G,
    )
    expect(article.dateline).toMatchObject({ text: 'Kabar, Kota Lama (26/2) – ', date: '(26/2)' })
    expect(article.sentences[0]?.sentence).toMatch(/^Presiden Budi Santoso/u)
  })

  it('reads a dateline written in brackets ("(Kota Lama, KL) - …")', () => {
    const article = parseArticle(
      '(Lamoria, LMR) - “Kota bisa membantu desa,” demikian ditegaskan Presiden Budi Santoso di Forum Sapta, Kamis, 11 Oktober.',
      G,
    )
    expect(article.dateline).toMatchObject({ text: '(Lamoria, LMR) - ', place: 'Lamoria' })
    expect(article.sentences[0]?.sentence).toMatch(/^“Kota bisa/u)
  })

  it('keeps a name shortened in print in one sentence ("Abd. Sapta", "Moh. Lama")', () => {
    const { sentences } = parseArticle(
      'Kesepakatan diteken Bupati Lamoria dan Rektor Universitas Sapta, Prof. Dr. H. Abd. Budi Santoso, di Kota Lama. Moh. Ani Rahma hadir sebagai saksi.',
      G,
    )
    expect(sentences.map(sentence => sentence.sentence.slice(0, 12))).toEqual([
      'Kesepakatan ',
      'Moh. Ani Rah',
    ])
  })

  it('reads a hyphen glued to the outlet in brackets or to a place in capitals, and initials that open the story', () => {
    const first = (text: string) => {
      const article = parseArticle(text, G)
      return [article.dateline?.text, article.sentences[0]?.sentence.slice(0, 20)]
    }
    expect(
      first(
        'LAMORIA (kabarsapta.com)-Pemerintah Kabupaten Lamoria menandatangani kesepakatan bersama.',
      ),
    ).toEqual(['LAMORIA (kabarsapta.com)-', 'Pemerintah Kabupaten'])
    expect(
      first('KOTALAMA- Pemerintah Kota Lama dan Universitas Sapta menjalin kerja sama.'),
    ).toEqual(['KOTALAMA- ', 'Pemerintah Kota Lama'])
    expect(
      first('(KBS) Sebuah konferensi di Kota Lama mengumpulkan bantuan bagi Lamoria.'),
    ).toEqual(['(KBS) ', 'Sebuah konferensi di'])
    // A dash between words, or glued to an acronym inside the sentence, is no tag.
    expect(
      first('Kerja sama BUMN- Menteri Budi Santoso menandatangani nota kesepahaman.')[0],
    ).toBeUndefined()
  })

  it('reads an outlet\'s bureau as a dateline after a caption ("MMC Lama - …"), not a place alone', () => {
    const article = parseArticle(
      [
        'Kota Lama Jalin Kerja Sama dengan Universitas Sapta',
        '',
        'Bupati Lama dan Rektor Sapta menandatangani MoU kerja sama di ruang rapat, Senin (17/1/2022)',
        '',
        'MMC Lama - Pemerintah Kabupaten Lama kembali menjalin kerja sama dengan Universitas Sapta.',
      ].join('\n'),
      G,
    )
    expect(article.dateline?.text).toBe('MMC Lama - ')
    expect(article.sentences.at(-1)?.sentence).toBe(
      'Pemerintah Kabupaten Lama kembali menjalin kerja sama dengan Universitas Sapta.',
    )
    // Capitalised words alone before a dash are no tag.
    expect(
      parseArticle('Kota Lama Raya - kota itu membuka pertemuan hari ini.', G).dateline,
    ).toBeUndefined()
  })

  it("keeps the reporter's initials after a paragraph's last full stop off its sentence", () => {
    const article = parseArticle(
      [
        'KOTA, KABARKITA.COM - Menteri Sapta membuka pertemuan itu di Kota Lama hari ini.',
        '',
        'Ia mengatakan, pertemuan itu penting bagi semua daerah. (abc/kabarkita.com)',
      ].join('\n'),
      G,
    )
    expect(article.sentences.map(sentence => sentence.sentence)).toEqual([
      'Menteri Sapta membuka pertemuan itu di Kota Lama hari ini.',
      'Ia mengatakan, pertemuan itu penting bagi semua daerah.',
    ])
  })

  it('drops a caption that ends with an outlet and photographer without parentheses', () => {
    expect(isResidue(G, 'Budi Santoso saat berpidato dalam konferensi pers itu/Kabarkita.id')).toBe(
      true,
    )
    expect(isResidue(G, 'Budi Santoso, Ketua Dewan Kota (dewan kota). KABARKITA/Siti Contoh')).toBe(
      true,
    )
  })

  it("drops a page's call to the reader whatever its length, even glued to the next word", () => {
    expect(
      isResidue(
        G,
        'Tulis komentarmu dengan tagar #KabarKita dan menangkan voucher untuk 90 pemenang!',
      ),
    ).toBe(true)
    expect(
      isResidue(G, 'Syarat & KetentuanSegera lengkapi data dirimu untuk ikut program ini.'),
    ).toBe(true)
    expect(
      isResidue(
        G,
        '* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi, silakan WhatsApp ke nomor Cek Fakta Kabar 0811 0000 000.',
      ),
    ).toBe(true)
  })
})

describe('isResidue', () => {
  it('keeps source lines and real sentences that open with a residue word', () => {
    expect(isResidue(G, 'Sumber: https://contoh.id/berita')).toBe(false)
    expect(
      isResidue(
        G,
        'Foto-foto yang beredar menunjukkan para pemimpin berjabat tangan setelah upacara penandatanganan.',
      ),
    ).toBe(false)
  })

  it('drops a photo caption that ends with its credit written without a colon', () => {
    expect(
      isResidue(
        G,
        'Gubernur Sapta bersama dua bupati memperlihatkan naskah kerja sama usai penandatanganan di Kota Baru, Senin (2/3/2026). Foto kotabaru/ans',
      ),
    ).toBe(true)
    expect(
      isResidue(
        G,
        'Gubernur Sapta menunjukkan foto kegiatan itu kepada wartawan di Kota Baru, Senin (2/3/2026).',
      ),
    ).toBe(false)
  })
})

describe('splitSentences', () => {
  it('does not split after Indonesian abbreviations or initials', () => {
    expect(
      splitSentences('Dr. Budi S. Santoso hadir. Ia berbicara.').map(piece => piece.text),
    ).toEqual(['Dr. Budi S. Santoso hadir.', 'Ia berbicara.'])
  })

  it('ends a sentence at a full stop that lost its space, before a word or an acronym and a name', () => {
    expect(
      splitSentences(
        'Kerja sama perlu dirumuskan.PM Sapta juga menyatakan dukungannya.Kedua negara sepakat. Berita dari kabarkota.com hari ini.',
      ).map(piece => piece.text),
    ).toEqual([
      'Kerja sama perlu dirumuskan.',
      'PM Sapta juga menyatakan dukungannya.',
      'Kedua negara sepakat.',
      'Berita dari kabarkota.com hari ini.',
    ])
  })
})

describe("a picture's caption run on after its number", () => {
  it('is residue: "<headline> - ảnh 1<caption> (AGENCY)"', () => {
    const article = parseArticle(
      [
        'Sidang Umum Sapta dibuka dengan khidmat',
        'Bagikan',
        '(KABAR) - Sidang Umum Sapta dibuka secara virtual pada Selasa (8/9) pagi.',
        'Sidang Umum Sapta dibuka dengan khidmat - ảnh 1Ketua Budi Santoso berpidato di depan acara pembukaan (VNA)',
        'Ketua Budi Santoso mengatakan bahwa sidang ini untuk pertama kalinya diadakan secara virtual.',
      ].join('\n\n'),
    )
    expect(article.sentences.map(sentence => sentence.sentence).join(' ')).not.toMatch(/ảnh/u)
  })
})
