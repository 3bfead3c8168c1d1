// What a meeting produced, read with made-up sentences of the genre: each rule once where it applies
// and once where it must not.
import { describe, expect, it } from 'vitest'
import { extractOutcomes } from '../../scripts/extract/outcomes.js'
import { generateDeck } from '../../scripts/generate-deck.js'
import { grammarOf } from '../../scripts/lang/grammar.js'
import { parseArticle } from '../../scripts/parse/parse-article.js'

const G = grammarOf()

function outcomesOf(text: string) {
  return extractOutcomes(G, parseArticle(text, G).sentences)
}

describe('extractOutcomes', () => {
  it('reads documents signed, adopted and agreed, with the value of what was signed', () => {
    const found = outcomesOf(
      [
        'Pemerintah Kota Baru dan Universitas Sapta menandatangani nota kesepahaman tentang riset pangan senilai Rp 12 miliar di Balai Kota.',
        'Para menteri menyepakati rencana aksi bersama untuk menjaga cadangan pangan kawasan.',
        'Pertemuan itu juga mengesahkan Deklarasi Kota Baru tentang ketahanan pangan.',
      ].join('\n'),
    )
    expect(found.map(outcome => outcome.value)).toEqual(['Rp 12 miliar', undefined, undefined])
    expect(found.map(outcome => outcome.text)).toEqual([
      'Pemerintah Kota Baru dan Universitas Sapta menandatangani nota kesepahaman tentang riset pangan senilai Rp 12 miliar di Balai Kota',
      'Para menteri menyepakati rencana aksi bersama untuk menjaga cadangan pangan kawasan',
      'Pertemuan itu juga mengesahkan Deklarasi Kota Baru tentang ketahanan pangan',
    ])
  })

  it('reads what was signed as the press also spells it ("ditanda tangani")', () => {
    expect(
      outcomesOf(
        'Dalam Forum Laut Sapta setidaknya ada 120 komitmen yang ditanda tangani para peserta forum.',
      ).map(outcome => outcome.text),
    ).toEqual([
      'Dalam Forum Laut Sapta setidaknya ada 120 komitmen yang ditanda tangani para peserta forum',
    ])
  })

  it('reads "penandatangan MoU dilakukan …" as the press writes it, without the reporter\'s "Pantauan media,"', () => {
    const [found] = outcomesOf(
      'Pantauan media, penandatangan MoU atau nota kesepakatan bersama dilakukan oleh Bupati Sapta dan Kepala Kejari Sapta di Pendopo Kota Lama, Jumat (16/5/2025).',
    )
    expect(found?.text).toBe(
      'penandatangan MoU atau nota kesepakatan bersama dilakukan oleh Bupati Sapta dan Kepala Kejari Sapta di Pendopo Kota Lama, Jumat (16/5/2025)',
    )
    expect(found?.source.column).toBe(17)
  })

  it('makes no outcome of a thanks, nor of a relative clause that names who signed', () => {
    expect(
      outcomesOf(
        [
          'Bupati Sapta dalam sambutan, ucapan terima kasih kepada Bupati Lamoria yang hadir untuk bersama-sama menandatangani MoU.',
          'Ia juga mengatakan, perihal pentingnya transparansi dalam realisasi komitmen negara-negara yang menandatangani.',
          'Kedua bupati kemudian menandatangani MoU kerja sama pariwisata di Aula Kantor Bupati.',
        ].join('\n'),
      ).map(outcome => outcome.text),
    ).toEqual([
      'Kedua bupati kemudian menandatangani MoU kerja sama pariwisata di Aula Kantor Bupati',
    ])
  })

  it('reads a pact signed ("penandatanganan pakta integritas oleh …")', () => {
    expect(
      outcomesOf(
        'Munas kali ini juga ditandai dengan penandatanganan pakta integritas oleh para anggota dewan terpilih.',
      ).map(outcome => outcome.text),
    ).toEqual([
      'Munas kali ini juga ditandai dengan penandatanganan pakta integritas oleh para anggota dewan terpilih',
    ])
  })

  it('takes a launch, a signing counted or carried out only with what it brings about', () => {
    expect(
      outcomesOf(
        [
          'Kementerian Pangan meluncurkan platform data pangan nasional di Jakarta hari ini.',
          'Dalam acara itu dilakukan penandatanganan 12 paket pekerjaan jalan desa.',
          'Penandatanganan itu dilakukan oleh Bupati Sapta dan Rektor Universitas Kota.',
        ].join('\n'),
      ),
    ).toHaveLength(3)
    // The name of the ceremony, a launch of nothing signed: no outcome.
    expect(
      outcomesOf(
        [
          'Menteri Pangan menghadiri upacara penandatanganan di Gedung Sapta pada Senin pagi.',
          'Perusahaan itu meluncurkan produk baru untuk pasar kawasan pada pekan lalu.',
        ].join('\n'),
      ),
    ).toEqual([])
  })

  it('reads a cooperation entered into ("menjalin kerja sama dengan …"), not one hoped for or long held', () => {
    expect(
      outcomesOf(
        [
          'Pemerintah Kota Baru menjalin kerja sama dengan Universitas Sapta di bidang riset pangan.',
          'Kementerian Pangan dan Kementerian Desa menjalin kolaborasi.',
          'Menteri Sapta menyatakan kesediaan negaranya untuk menjalin kerja sama yang lebih erat.',
          'Bupati Lama mengatakan daerahnya siap menjalin kemitraan dengan para investor.',
          'Kedua kota itu telah lama menjalin kerja sama di bidang pariwisata.',
        ].join('\n'),
      ).map(outcome => outcome.text),
    ).toEqual([
      'Pemerintah Kota Baru menjalin kerja sama dengan Universitas Sapta di bidang riset pangan',
      'Kementerian Pangan dan Kementerian Desa menjalin kolaborasi',
    ])
  })

  it('leaves out what an earlier meeting agreed', () => {
    expect(
      outcomesOf(
        'Pertemuan sebelumnya di Kota Lama berhasil mencapai kesepakatan tentang dana bersama itu.',
      ),
    ).toEqual([])
  })

  it('leaves out what is undone, still to come, at another time, or inside a quotation', () => {
    expect(
      outcomesOf(
        [
          'Kedua negara belum menyepakati batas wilayah laut di selat itu.',
          'Kedua menteri akan menandatangani perjanjian itu bulan depan di ibu kota.',
          'Sehari setelah penandatanganan MoU dengan Kota Lama, Pemkot Baru kembali bekerja sama.',
          '"Kita sudah menandatangani banyak kerja sama di masa lalu," kata Bupati Sapta.',
          'Menteri menanggapi baik rencana penandatanganan nota kesepahaman pariwisata pada tahun depan.',
        ].join('\n'),
      ),
    ).toEqual([])
  })
})

describe('a signing the speaker reports', () => {
  it('counts inside a quotation only when it is done at this meeting', () => {
    const found = outcomesOf(
      '"Kita juga telah menandatangani dua perjanjian hari ini, yaitu perjanjian riset dan perjanjian pelatihan," kata Menteri Sapta.',
    )
    expect(found.map(outcome => outcome.text.includes('menandatangani dua perjanjian'))).toEqual([
      true,
    ])
  })
})

describe('the outcomes section', () => {
  it("puts a pledge with the pledges, not with the outcomes, and keeps each outcome's line", () => {
    const deck = generateDeck(
      [
        'Menteri Pangan Ani Rahma mengatakan kerja sama pangan harus diperkuat bersama semua negara.',
        '',
        'Jepang menjanjikan bantuan sebesar US$ 5 juta untuk cadangan pangan kawasan dan menandatangani perjanjian hibah.',
        '',
        'Kedua negara juga menandatangani nota kesepahaman tentang pertukaran data pangan.',
      ].join('\n'),
    )
    const outcomes = deck.briefing.outcomes ?? []
    expect(outcomes.map(outcome => outcome.source.line)).toEqual([5])
    expect(deck.markdown).toContain(
      '<p class="outcome-text">Kedua negara juga menandatangani nota kesepahaman tentang pertukaran data pangan</p>',
    )
  })
})

describe('the signing named again', () => {
  it('is no outcome when it is only the means of what the sentence says next', () => {
    const found = outcomesOf(
      'Pemerintah Kota Lama dan Universitas Sapta menandatangani nota kesepahaman kerja sama riset.\n\nOleh karena itu, melalui penandatanganan MoU ini, seluruh dosen diminta terus mengajak warga memanfaatkan program beasiswa daerah.',
    )
    expect(found.map(outcome => outcome.text)).toEqual([
      'Pemerintah Kota Lama dan Universitas Sapta menandatangani nota kesepahaman kerja sama riset',
    ])
  })
})

describe('a stand on a document another meeting agreed', () => {
  it('is no outcome ("dukungannya terhadap Deklarasi X yang disepakati oleh …")', () => {
    expect(
      outcomesOf(
        'Menlu Budi Santoso juga menyatakan dukungannya terhadap Deklarasi Kota Lama yang disepakati oleh negara-negara kawasan di Kota Lama, dan siap berkontribusi.',
      ),
    ).toEqual([])
    // The meeting's own agreement still is.
    expect(
      outcomesOf('Para menteri menyepakati Deklarasi Kota Lama tentang kerja sama pangan kawasan.'),
    ).toHaveLength(1)
  })
})

describe('the occasion of a quotation', () => {
  it('is no outcome ("…,” kata X usai penandatanganan kesepakatan …")', () => {
    expect(
      outcomesOf(
        '“Kami punya kepentingan untuk membangun masyarakat desa bersama kampus,” kata Wali Kota Budi Santoso usai penandatanganan kesepakatan bersama di Balai Kota Lama, Kamis (5/12/2024).',
      ),
    ).toEqual([])
  })

  it('while a signing the sentence reports after a quotation still is one', () => {
    expect(
      outcomesOf(
        '“Ini langkah penting,” kata Budi Santoso. Kedua pihak kemudian menandatangani nota kesepahaman tentang riset pangan di Balai Kota Lama.',
      ).map(outcome => outcome.text),
    ).toEqual([
      'Kedua pihak kemudian menandatangani nota kesepahaman tentang riset pangan di Balai Kota Lama',
    ])
  })
})

describe('what the speaker says was just signed', () => {
  it('reads "“Tadi ada sembilan MoU yang ditandatangani,” kata X": the documents, named before the verb', () => {
    expect(
      outcomesOf(
        '"Tadi ada sembilan MoU yang ditandatangani," kata Menteri Budi Santoso di Kota Lama, Rabu.',
      ),
    ).toHaveLength(1)
  })

  it('not who signed, nor a signing still to come', () => {
    expect(
      outcomesOf(
        'Ia berharap pelaku usaha Sapta dan Lamoria segera menandatangani kontrak dagang baru.',
      ),
    ).toHaveLength(0)
    expect(
      outcomesOf(
        'Ia memuji komitmen negara-negara yang menandatangani, kata Menteri Budi Santoso.',
      ),
    ).toHaveLength(0)
    expect(
      outcomesOf(
        '"Nanti ada sembilan MoU yang akan ditandatangani," kata Menteri Budi Santoso di Kota Lama, Rabu.',
      ),
    ).toHaveLength(0)
  })
})
