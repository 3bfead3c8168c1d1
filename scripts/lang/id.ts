// The words of Indonesian news writing that the extractors rely on: the input language, in one place.
// Nothing here is specific to one article: these are the words reporters use.

/** Ordinal words that open an enumerated point ("Pertama, …"), in order. */
export const ORDINALS = ['Pertama', 'Kedua', 'Ketiga', 'Keempat', 'Kelima', 'Keenam', 'Ketujuh', 'Kedelapan', 'Kesembilan', 'Kesepuluh']

/** Number words up to ten, for counts written in words ("lima agenda", "tiga langkah"). */
export const NUMBER_WORDS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh']

/** How bigger numbers are built from the words up to ten: "lima belas", "dua puluh tiga", "seratus". */
export const NUMBER_SCALES = { belas: 10, puluh: 10, ratus: 100, ribu: 1000 } as const

/** Nouns of time: a number before them is a date or a duration, not a figure of the event. */
export const TIME_NOUNS = ['tahun', 'bulan', 'minggu', 'pekan', 'hari', 'jam', 'menit', 'detik', 'dekade', 'abad', 'kuartal', 'semester', 'periode', 'tahap', 'kilometer', 'meter']

/** What may stand between an ordinal and its point: "Pertama, …", "Pertama ialah …", "Keempat berkaitan dengan …". */
export const ORDINAL_LINKS = ['ialah', 'adalah', 'yaitu', 'yakni', 'berkaitan dengan', 'terkait dengan', 'terkait', 'menyangkut', 'mengenai', 'soal']

/** Words that may come before an ordinal: "Yang kedua, …", "Hal penting ketiga adalah …". */
export const ORDINAL_LEADS = ['Yang', 'Hal', 'Hal yang', 'Poin', 'Langkah', 'Pesan', 'Usulan', 'Prioritas']

/** Nouns that count the points of an enumeration, not a figure of the event: "tiga langkah", "lima prioritas". */
export const POINT_NOUNS = ['hal', 'langkah', 'pesan', 'prioritas', 'poin', 'usulan', 'pilar', 'agenda', 'dorongan', 'arah', 'strategi', 'rekomendasi', 'prinsip', 'gagasan', 'isu', 'fokus', 'tujuan', 'sasaran', 'titik']

/** Words that open the items of a counted list: "tiga langkah, yaitu A, B, dan C". */
export const LIST_OPENERS = ['yaitu', 'yakni', 'antara lain', 'di antaranya', 'meliputi', 'mencakup', 'terdiri dari', 'terdiri atas', 'berupa', 'adalah', 'ialah']

/**
 * Heads of an office title. The title goes on with capitalised words that name its field
 * ("Menteri Luar Negeri", "Ketua Majelis Nasional") and may be followed by a country or an organisation.
 */
export const OFFICE_HEADS = [
  'Wakil Perdana Menteri', 'Perdana Menteri', 'Wakil Presiden', 'Presiden', 'Kanselir', 'Raja', 'Ratu', 'Sultan', 'Emir', 'Putra Mahkota',
  'Wakil Menteri', 'Menteri Koordinator', 'Menteri', 'Ketua', 'Wakil Ketua', 'Kepala', 'Wakil Kepala', 'Sekretaris Jenderal',
  'Wakil Sekretaris Jenderal', 'Sekretaris', 'Direktur Jenderal', 'Direktur Utama', 'Direktur Eksekutif', 'Direktur', 'Gubernur', 'Wakil Gubernur',
  'Wali Kota', 'Walikota', 'Bupati', 'Duta Besar', 'Wakil Tetap', 'Utusan Khusus', 'Juru Bicara', 'Panglima', 'Jaksa Agung',
  'Komisaris', 'Deputi', 'Asisten Deputi', 'Staf Khusus', 'Penasihat', 'Rektor', 'Dekan', 'Pendiri', 'Ketua Umum', 'Sekretaris Negara',
  'Kepala Delegasi', 'Ketua Delegasi', 'Pemimpin', 'Chief Executive Officer', 'CEO', 'Presiden Direktur', 'Managing Director', 'Chairman',
  'SVP', 'EVP', 'VP', 'Vice President', 'Senior Vice President', 'General Manager', 'Manajer', 'Direktur Operasi', 'Sekretaris Perusahaan',
  'Corporate Secretary', 'Kepala Divisi', 'Ketua Panitia', 'Founder', 'Co-Founder', 'Komisaris Utama', 'Wakil Direktur Utama', 'Analis',
  'Peneliti', 'Pengamat', 'Guru Besar', 'Dosen', 'Presiden Komisaris', 'Ketua Dewan', 'Kepala Badan', 'Kepala Biro', 'Kepala Pusat',
  // Short forms of the Indonesian press.
  'PM', 'Wakil PM', 'Wapres', 'Menlu', 'Wamenlu', 'Mendagri', 'Menhan', 'Menkeu', 'Wamenkeu', 'Mendag', 'Wamendag', 'Menperin', 'Mentan',
  'Menkes', 'Menaker', 'Menko', 'Menkopolhukam', 'Menko Polhukam', 'Menko Perekonomian', 'Menkomdigi', 'Menkominfo', 'Mensesneg', 'Menparekraf',
  'Menpar', 'Menhub', 'Menteri BUMN', 'Menpora', 'Mendikbud', 'Mendikdasmen', 'Menag', 'Menkum', 'Menlhk', 'Menteri ESDM', 'Menpan', 'Mensos',
  'Wamen', 'Sekjen', 'Wasekjen', 'Dirjen', 'Dirut', 'Dubes', 'Kadis', 'Kapolri', 'Kapolda', 'Kapolres', 'Kajati', 'Kajari', 'Ketum', 'Jubir', 'Kaban', 'Kabiro',
  'Sesditjen', 'Sesjen', 'Sestama', 'Sekretaris Utama', 'Plt', 'Pj', 'Danjen', 'KSAD', 'KSAL', 'KSAU', 'Kapolsek', 'Dandim', 'Danrem',
  'Pangdam', 'Sekda', 'Camat', 'Lurah', 'Kepala Desa', 'Pj Bupati', 'Pj Gubernur', 'Plt Bupati', 'Wakil Bupati', 'Wakil Wali Kota',
].sort((a, b) => b.length - a.length)

/** Titles of a region's office, followed by the region's name: "Bupati Sleman …", "Kapolda Bali …". */
export const REGIONAL_OFFICES = ['Bupati', 'Wakil Bupati', 'Wali Kota', 'Walikota', 'Wakil Wali Kota', 'Gubernur', 'Wakil Gubernur', 'Kajari', 'Kajati', 'Kapolda', 'Kapolres', 'Kapolsek', 'Dandim', 'Danrem', 'Pangdam', 'Sekda', 'Camat', 'Lurah', 'Kepala Desa', 'Pj Bupati', 'Pj Gubernur', 'Plt Bupati']

/** Short forms of the press and the titles they stand for, to match "Menlu" with "Menteri Luar Negeri". */
export const OFFICE_SHORT_FORMS: Record<string, string> = {
  'pm': 'perdana menteri', 'wakil pm': 'wakil perdana menteri', 'wapres': 'wakil presiden', 'menlu': 'menteri luar negeri',
  'wamenlu': 'wakil menteri luar negeri', 'mendagri': 'menteri dalam negeri', 'menhan': 'menteri pertahanan', 'menkeu': 'menteri keuangan',
  'mendag': 'menteri perdagangan', 'sekjen': 'sekretaris jenderal', 'dubes': 'duta besar', 'dirut': 'direktur utama', 'dirjen': 'direktur jenderal',
  'jubir': 'juru bicara', 'ketum': 'ketua umum', 'menaker': 'menteri ketenagakerjaan', 'menkes': 'menteri kesehatan', 'mentan': 'menteri pertanian',
}
/** Capitalised words that belong to a title of office, not to the name after it ("Menteri Luar Negeri Sari"). */
export const OFFICE_FIELD_WORDS = [
  'Luar', 'Dalam', 'Negeri', 'Negara', 'Keuangan', 'Perdagangan', 'Perindustrian', 'Pertanian', 'Kesehatan', 'Pendidikan', 'Kebudayaan',
  'Ketenagakerjaan', 'Tenaga', 'Kerja', 'Koordinator', 'Bidang', 'Perekonomian', 'Politik', 'Hukum', 'Keamanan', 'Pertahanan', 'Kelautan', 'Perikanan',
  'Pariwisata', 'Ekonomi', 'Kreatif', 'Investasi', 'Hilirisasi', 'Energi', 'Sumber', 'Daya', 'Mineral', 'Agama', 'Sosial', 'Komunikasi',
  'Informatika', 'Informasi', 'Digital', 'Desa', 'Perhubungan', 'Sekretaris', 'Kabinet', 'Umum', 'Jenderal', 'Eksekutif', 'Utama', 'Badan',
  'Dewan', 'Komisi', 'Majelis', 'Nasional', 'Rakyat', 'Daerah', 'Perwakilan', 'Republik', 'Bank', 'Dunia', 'Pembangunan', 'Lingkungan', 'Hidup',
  'Kehutanan', 'Pekerjaan', 'Perumahan', 'Agraria', 'Tata', 'Ruang', 'Pemuda', 'Olahraga', 'Pemberdayaan', 'Perempuan', 'Perlindungan', 'Anak',
  'Aparatur', 'Reformasi', 'Birokrasi', 'Transmigrasi', 'Imigrasi', 'Pemasyarakatan', 'Asasi', 'Manusia', 'Maritim', 'Teknologi', 'Riset',
  'Inovasi', 'Tinggi', 'Sains', 'Dasar', 'Menengah', 'Publik', 'Kehakiman', 'Pusat', 'Biro', 'Direktorat', 'Kementerian', 'Kantor', 'Staf',
  'Presiden', 'Wakil', 'Tetap', 'Khusus', 'Besar', 'Luar Biasa', 'Berkuasa', 'Penuh', 'Kepala', 'Delegasi', 'Dukungan', 'Strategis', 'Pimpinan',
  'Kerja', 'Sama', 'Internasional', 'Regional', 'Multilateral', 'Bilateral', 'Kawasan', 'Asia', 'Pasifik', 'Eropa', 'Afrika', 'Amerika', 'Timur',
  'Tengah', 'Selatan', 'Utara', 'Barat', 'Operasional', 'Operasi', 'Keuangan', 'Perencanaan', 'Statistik', 'Pangan', 'Gizi', 'Obat', 'Makanan',
  'Pengawas', 'Pengawasan', 'Pemeriksa', 'Pemberantasan', 'Korupsi', 'Penanggulangan', 'Bencana', 'Terorisme', 'Siber', 'Sandi', 'Intelijen',
  'Parlemen', 'Senat', 'Kongres', 'Partai', 'Fraksi', 'Persatuan', 'Bangsa', 'Bangsa-Bangsa', 'Perserikatan', 'Uni', 'Organisasi', 'Forum',
  'Asosiasi', 'Kamar', 'Dagang', 'Industri', 'Bisnis', 'Usaha', 'Koperasi', 'Kecil', 'Mikro', 'Perusahaan', 'Otoritas', 'Jasa', 'Moneter',
  'Fiskal', 'Anggaran', 'Sekretariat', 'Kedutaan', 'Konsulat', 'Wilayah', 'Provinsi', 'Kabupaten', 'Kota', 'Komite', 'Panitia', 'Penyelenggara',
  'Iklim', 'Pengendalian', 'Perubahan', 'Angkatan', 'Darat', 'Laut', 'Udara', 'Bersenjata', 'Kepolisian', 'Polisi', 'Sipil', 'Negeri,',
]

/** Heads of an organisation's name: "Kementerian Luar Negeri Malaysia", "Dewan Bisnis ASEAN", "Bank Dunia". */
export const ORGANISATION_HEADS = [
  'Kementerian', 'Kemlu', 'Kemenlu', 'Kemenkeu', 'Kemendag', 'Kemenperin', 'Kemenkes', 'Kemnaker', 'Kemenko', 'Kemkomdigi', 'Kominfo',
  'Badan', 'Dewan', 'Komisi', 'Bank', 'Lembaga', 'Pemerintah', 'Pemerintahan', 'Sekretariat', 'Kedutaan Besar', 'Kedubes', 'Kantor', 'Otoritas', 'Asosiasi',
  'Kamar Dagang', 'Kadin', 'Majelis', 'Parlemen', 'Uni Eropa', 'Perserikatan Bangsa-Bangsa', 'PBB', 'ASEAN', 'Organisasi', 'Forum', 'Komite',
  'Yayasan', 'Universitas', 'Institut', 'Pusat', 'Dana Moneter Internasional', 'IMF', 'WHO', 'UNESCO', 'UNICEF', 'UNDP', 'WTO', 'OKI', 'NATO',
  'APEC', 'G20', 'BRICS', 'OECD', 'ADB', 'AIIB', 'ILO', 'FAO', 'IAEA', 'Interpol', 'PT', 'Grup',
].sort((a, b) => b.length - a.length)

/** Verbs that introduce what someone said (reported speech): "X mengatakan bahwa …". */
export const REPORTING_VERBS = [
  'mengatakan', 'menyatakan', 'menegaskan', 'menekankan', 'mengimbau', 'menyerukan', 'mengajak', 'mendesak', 'menyampaikan', 'mengusulkan',
  'berharap', 'menilai', 'menyebut', 'menyebutkan', 'mengungkapkan', 'menjelaskan', 'menggarisbawahi', 'menyoroti', 'mengucapkan', 'menginginkan',
  'meminta', 'memperingatkan', 'mengingatkan', 'mengakui', 'berkomitmen', 'menjanjikan', 'berjanji', 'mengumumkan', 'menambahkan', 'meyakini',
  'menyambut', 'memaparkan', 'menuturkan', 'menerangkan', 'mengemukakan', 'menandaskan', 'berpendapat', 'berkata', 'mengapresiasi',
  'menyambut baik', 'menuntut', 'mendorong', 'menginformasikan', 'memastikan', 'menanggapi', 'mengajukan', 'mengklaim', 'membantah',
  'menyinggung', 'mengutarakan', 'melaporkan', 'mencatat', 'menguraikan', 'mengharapkan', 'menyerukan', 'menawarkan', 'menolak', 'menyetujui',
  'menggambarkan', 'bersikeras', 'menyimpulkan', 'menyayangkan', 'mengecam', 'mengutuk', 'mempertanyakan', 'berpesan', 'mengimbuhkan',
  'menyebutnya', 'optimistis', 'optimis', 'yakin', 'menyadari', 'memandang', 'mengapresiasi', 'mengusung', 'menggagas', 'mengutip',
  'memberitahukan', 'berseru', 'menggarisbawahi', 'mengingatkan', 'menyerukan', 'menjawab', 'membeberkan', 'mengutarakan', 'menanggapi',
  'merekomendasikan', 'mengajak', 'menargetkan', 'menginstruksikan', 'memerintahkan', 'mewanti-wanti', 'menyoroti', 'menunjukkan',
  'menyeru', 'ingin', 'membahas', 'menyinggung', 'mengharapkan', 'menekankan kembali', 'mempertegas', 'menggugah', 'mengimbau',
]

/** Verbs of saying: what follows them is what was said ("mengatakan Indonesia siap …"). */
export const SAYING_VERBS = [
  'mengatakan', 'menyatakan', 'menuturkan', 'menerangkan', 'mengemukakan', 'berkata', 'menambahkan', 'menjelaskan', 'mengungkapkan',
  'menyebutkan', 'memaparkan', 'menyampaikan', 'memberitahukan', 'mengimbuhkan', 'menandaskan', 'menginformasikan', 'melaporkan',
  'berpendapat', 'menilai', 'meyakini', 'menyebut', 'berpesan', 'berharap',
]

/** Verbs that attribute a statement placed before them: "…, ujar Menteri X." ("-nya" points back to the last speaker.) */
export const TRAILING_VERBS = [
  'ujar', 'kata', 'tegas', 'ungkap', 'tutur', 'jelas', 'imbuh', 'tambah', 'sebut', 'seru', 'ucap', 'papar', 'terang', 'lanjut', 'pungkas',
  'tandas', 'ungkap', 'urai', 'pesan', 'harap', 'ajak', 'kilah', 'klaim', 'tukas', 'sambung', 'timpal', 'akunya', 'jawab', 'tulis', 'sambut',
  'terangnya', 'tegas',
]

/** Capitalised words that open a sentence but never name a speaker ("Untuk memastikan …", "Hal itu …"). */
export const FUNCTION_WORDS = [
  'Untuk', 'Dalam', 'Pada', 'Dengan', 'Selain', 'Namun', 'Hal', 'Ini', 'Itu', 'Kami', 'Kita', 'Saya', 'Mereka', 'Para', 'Semua', 'Setiap',
  'Sementara', 'Bahkan', 'Jika', 'Apabila', 'Karena', 'Oleh', 'Sehingga', 'Menurut', 'Terkait', 'Sebagai', 'Adapun', 'Kemudian', 'Lalu',
  'Setelah', 'Sebelum', 'Saat', 'Ketika', 'Di', 'Ke', 'Dari', 'Bagi', 'Tak', 'Tidak', 'Bukan', 'Juga', 'Yang', 'Tapi', 'Tetapi', 'Walau',
  'Meski', 'Meskipun', 'Selama', 'Sejak', 'Hingga', 'Sampai', 'Agar', 'Supaya', 'Maka', 'Jadi', 'Begitu', 'Demikian', 'Pun', 'Sedangkan',
  'Pertama', 'Kedua', 'Ketiga', 'Terakhir', 'Selanjutnya', 'Berikut', 'Sebelumnya', 'Sesudah', 'Usai', 'Seusai', 'Mengenai', 'Tentang',
  'Berbicara', 'Menanggapi', 'Menurutnya', 'Baginya', 'Sebab', 'Apalagi', 'Justru', 'Kini', 'Sekarang', 'Kemarin', 'Besok', 'Tahun', 'Bulan',
  'Negara', 'Negara-negara', 'Pemerintah', 'Masyarakat', 'Semuanya', 'Banyak', 'Beberapa', 'Sejumlah', 'Seluruh', 'Sebagian', 'Salah',
  'Sebuah', 'Seorang', 'Suatu', 'Kedua', 'Mereka', 'Keduanya', 'Masing-masing',
]

/** Pronouns that stand for the last person named: "Ia menambahkan …", "Menurut dia, …". */
export const PRONOUNS = ['Ia', 'Dia', 'Beliau', 'ia', 'dia', 'beliau']

/**
 * Heads of an epithet that points back to the person the article is about: "Perempuan pertama yang … itu
 * mengatakan", "Mantan Menteri … tersebut menjelaskan", "pria yang akrab disapa … itu menekankan".
 */
export const EPITHET_HEADS = ['pria', 'wanita', 'perempuan', 'lelaki', 'mantan', 'cucu', 'putra', 'putri', 'anak', 'istri', 'suami', 'politikus', 'politisi', 'tokoh', 'sosok', 'jenderal', 'purnawirawan', 'diplomat', 'ekonom', 'pengusaha', 'sang', 'orang nomor satu', 'alumnus', 'lulusan', 'ketua umum', 'kepala negara']

/** Opening adverbials that may stand before a speaker at the start of a sentence. */
export const SENTENCE_OPENERS = ['Khususnya', 'Sementara itu', 'Selain itu', 'Di sisi lain', 'Adapun', 'Lebih lanjut', 'Namun', 'Kemudian', 'Sebelumnya', 'Selanjutnya', 'Dalam kesempatan itu', 'Dalam kesempatan tersebut', 'Pada kesempatan itu', 'Pada kesempatan tersebut', 'Oleh karena itu', 'Karena itu', 'Untuk itu', 'Di samping itu', 'Sedangkan']

/** Verbs of committing money: a pledge needs one of these, an amount, and an actor. */
export const PLEDGE_VERBS = [
  'menjanjikan', 'berjanji', 'berkomitmen', 'mengumumkan', 'menyumbangkan', 'menyumbang', 'memberikan', 'mengalokasikan', 'menggelontorkan',
  'mengucurkan', 'menyediakan', 'menginvestasikan', 'mendanai', 'membiayai', 'menawarkan', 'menyalurkan', 'menghibahkan', 'menanamkan',
  'mengikrarkan', 'menjamin', 'menambah', 'menyiapkan',
]

/** Nouns that make an amount a figure, not money somebody commits: a contract value, a budget, a market size, a loss. */
export const NON_PLEDGE_NOUNS = [
  'kontrak', 'transaksi', 'perdagangan', 'ekspor', 'impor', 'anggaran', 'APBN', 'APBD', 'pasar', 'kerugian', 'pendapatan', 'omzet', 'PDB',
  'produk domestik bruto', 'nilai tukar', 'utang', 'defisit', 'surplus', 'harga', 'biaya', 'gaji', 'kapitalisasi', 'valuasi', 'aset', 'laba',
  'penjualan', 'belanja', 'cadangan', 'denda', 'tarif', 'pajak', 'hilang', 'kerugian negara', 'korupsi', 'nilai', 'kurs', 'asumsi', 'per',
]

/** Words that open the purpose of a pledge after its amount. */
export const PURPOSE_OPENERS = ['untuk', 'bagi', 'guna', 'demi', 'kepada', 'ke dalam', 'dalam']

/** Words that, after "dalam", mean a time span rather than a purpose ("dalam dua tahun ke depan"). */
export const TIME_WORDS = ['tahun', 'bulan', 'minggu', 'pekan', 'hari', 'dekade', 'periode', 'jangka', 'waktu', 'kurun', 'masa']

/** Words that make an amount a part of the one before it: "USD20 juta di antaranya untuk …". */
export const PART_MARKERS = ['di antaranya', 'diantaranya', 'dari jumlah itu', 'dari jumlah tersebut', 'termasuk', 'sebagian']

/** Nouns a reporter counts when telling who took part. */
export const COUNTED_NOUNS = [
  'negara', 'organisasi', 'delegasi', 'pemimpin', 'kepala negara', 'perwakilan', 'peserta', 'lembaga', 'mitra', 'perusahaan', 'menteri',
  'duta besar', 'orang', 'tamu', 'pengusaha', 'investor', 'pembicara', 'ekonomi', 'anggota parlemen', 'parlemen', 'wartawan', 'jurnalis',
  'fraksi', 'pihak', 'undangan', 'perekonomian', 'kementerian', 'provinsi', 'kota', 'universitas', 'pemerintah daerah',
]

/** Words that qualify a counted noun and belong to the count: "10 organisasi internasional", "10 negara di luar anggota". */
export const COUNT_QUALIFIERS = ['internasional', 'regional', 'anggota', 'non-anggota', 'mitra', 'asing', 'sahabat', 'donor', 'lainnya', 'di luar anggota', 'peserta', 'undangan']

/** Counted nouns that are themselves people who take part: "250 peserta" attended. */
export const PARTICIPANT_NOUNS = ['peserta', 'delegasi', 'tamu', 'undangan', 'pembicara']

/** Hedges written before a count: "lebih dari 110", "hampir 70". */
export const COUNT_HEDGES = ['lebih dari', 'kurang dari', 'hampir', 'sekitar', 'sedikitnya', 'setidaknya', 'paling sedikit', 'lebih kurang', 'kurang lebih', 'mencapai', 'sebanyak', 'total', 'puluhan', 'ratusan', 'ribuan']

/** Words before a count that make it a group's size, not a count of those who took part. */
export const GROUP_SIZE_WORDS = ['beranggotakan', 'anggotanya', 'terdiri dari', 'terdiri atas', 'berjumlah', 'kelompok', 'blok']

/** Verbs that tell what a counted group did, for its label. */
export const FIGURE_ROLES: Array<{ role: 'signing' | 'speakers' | 'attendance' | 'invited', pattern: RegExp }> = [
  { role: 'invited', pattern: /\b(?:mengundang|diundang|undangan)\b/iu },
  { role: 'signing', pattern: /\b(?:menandatangani|meneken|penandatangan|ditandatangani|meratifikasi)\b/iu },
  { role: 'speakers', pattern: /\b(?:menyampaikan (?:pidato|pernyataan|sambutan)|berpidato|berbicara|angkat bicara|memberikan sambutan)\b/iu },
  { role: 'attendance', pattern: /\b(?:hadir|menghadiri|dihadiri|kehadiran|berpartisipasi|ikut serta|diikuti|mengikuti|peserta|perwakilan|berkumpul)\b/iu },
]

/** Words that tell attendance: "Yang hadir …", "… dihadiri oleh …". */
export const ATTENDANCE_VERBS = ['hadir', 'menghadiri', 'dihadiri', 'diikuti']

/** Month names, for dates written "25 Oktober 2025". */
export const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']

/** Weekday names, as in the "Senin (16/6)" of datelines. */
export const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad']

/** Nouns that name an event: "Konvensi Jenewa", "KTT ASEAN", "Sidang Umum PBB". */
export const EVENT_NOUNS = [
  'Konvensi', 'Konferensi', 'KTT', 'Konferensi Tingkat Tinggi', 'Deklarasi', 'Forum', 'Sidang Umum', 'Sidang', 'Pertemuan',
  'Pertemuan Puncak', 'Kongres', 'Rapat', 'Rapat Kerja', 'Rapat Koordinasi', 'Raker', 'Rakor', 'Rakornas', 'Dialog', 'Upacara',
  'Sesi', 'Summit', 'Simposium', 'Seminar', 'Lokakarya', 'Musyawarah', 'Munas', 'Rakernas', 'Rapimnas', 'Majelis Umum', 'Sidang Majelis Umum',
  'Pekan', 'Festival', 'Pameran', 'Expo', 'Hari', 'Peringatan', 'Penandatanganan', 'Peluncuran', 'Peresmian', 'Pembukaan', 'Nota Kesepahaman',
  'Komisi Bersama', 'Conference', 'Meeting', 'Dialogue', 'Assembly', 'Week', 'Congress', 'Retreat',
]

/** Events written in lower case, used when the article names no event: "konferensi pers", "penandatanganan nota kesepahaman". */
export const EVENT_PHRASES = ['konferensi pers', 'jumpa pers', 'penandatanganan nota kesepahaman', 'penandatanganan nota kesepakatan', 'rapat kerja', 'rapat koordinasi', 'rapat dengar pendapat', 'kunjungan kehormatan', 'pertemuan bilateral', 'sidang kabinet', 'sidang paripurna', 'rapat paripurna']

/** Nouns of buildings and venues that open a place: "di Gedung Sate, Bandung". */
export const VENUE_WORDS = ['Gedung', 'Hotel', 'Istana', 'Kompleks', 'Plaza', 'Balai', 'Wisma', 'Kantor', 'Aula', 'Ruang', 'Auditorium', 'Markas', 'Pusat', 'Graha', 'Pendopo', 'Bandara', 'Pelabuhan', 'Taman']

/** Words near a date that make it the date of a written statement, not of the event. */
export const STATEMENT_DATE_WORDS = ['keterangan', 'keterangannya', 'keterangan tertulis', 'siaran pers', 'rilis', 'unggahan', 'dikutip', 'dilansir', 'dilaporkan', 'diakses', 'wawancara']

/** Indonesian abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = [
  'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'kh', 'st', 'tn', 'ny', 'sdr', 'sdri', 'bpk', 'no', 'jl', 'jln',
  'dll', 'dsb', 'dkk', 'tsb', 'yth', 'kab', 'kec', 'kel', 'prov', 'sen', 'jr', 'sr', 'mr', 'mrs', 'ms', 'vs', 'hlm', 'pt', 'tbk', 'm', 'mt', 'se', 'sh', 'mh', 'mba', 'phd',
]

/** Labels that open a line of the web page around the story rather than the story. */
export const RESIDUE_LABELS = [
  'baca juga', 'baca', 'lihat juga', 'simak juga', 'tonton juga', 'berita terkait', 'artikel terkait', 'berita lainnya', 'baca berita', 'terkait',
  'bagikan', 'share', 'ikuti', 'follow', 'komentar', 'tag', 'tags', 'topik', 'editor', 'penulis', 'pewarta', 'reporter', 'penyunting', 'redaktur',
  'foto', 'video', 'sumber foto', 'fotografer', 'ilustrasi', 'copyright', 'hak cipta', 'dapatkan', 'download', 'unduh', 'klik', 'scroll',
  'advertisement', 'iklan', 'gambas', 'halaman selanjutnya', 'selanjutnya', 'terpopuler', 'rekomendasi', 'pilihan editor', 'editor\'s pick',
  'simak', 'saksikan', 'jangan lewatkan', 'lihat', 'kredit foto', 'keterangan foto', 'caption', 'laporan', 'artikel ini', 'sumber berita',
]

/** Headers after which a list of links follows: the list is residue too. */
export const RELATED_HEADERS = ['baca juga', 'berita terkait', 'artikel terkait', 'berita lainnya', 'terpopuler', 'rekomendasi', 'pilihan editor', 'lihat juga', 'simak juga', 'baca berita lainnya']

/** Escape a word list into a regular-expression alternation (spaces match any run of white space). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')
}

/** Words of the future: a place or event in a clause with them is still to come ("akan digelar di …"). */
export const FUTURE_WORDS = ['akan', 'bakal', 'mendatang', 'berikutnya']

/** Verbs of an event being held, after a future word: "akan digelar", "bakal hadir dalam". */
export const HOLDING_VERBS = ['digelar', 'diselenggarakan', 'berlangsung', 'dilaksanakan', 'hadir', 'menghadiri', 'mengikuti']

/** Words before a topic: "tentang perkembangan di …" names the topic's place, not the event's. */
export const TOPIC_WORDS = ['tentang', 'mengenai', 'terkait', 'soal', 'perkembangan', 'situasi', 'kondisi', 'isu', 'masalah', 'krisis', 'konflik']

/** Words before an event that is held ("dalam Forum …", "menggelar Forum …"): a forum there is no group. */
export const HELD_WORDS = ['dalam', 'pada', 'di', 'saat', 'ketika', 'acara', 'ajang', 'menghadiri', 'membuka', 'menutup', 'menggelar', 'menyelenggarakan', 'mengikuti', 'digelarnya', 'pembukaan', 'penutupan']

/** Nouns after "Kedua" that make it "both" ("Kedua negara sepakat"), not the second point. */
export const BOTH_NOUNS = ['negara', 'pihak', 'belah', 'pemimpin', 'menteri', 'delegasi', 'tim', 'kepala', 'presiden', 'perdana', 'lembaga', 'organisasi', 'institusi', 'kelompok', 'kubu', 'orang', 'sisi', 'tokoh']

/** Words that follow a number without being what it counts: "12 juta atau 5 persen". */
export const COUNT_STOP_WORDS = ['atau', 'dan', 'serta', 'yang', 'di', 'ke', 'dari', 'untuk', 'pada', 'dengan', 'per', 'hingga', 'sampai', 'lebih', 'kurang', 'sebesar', 'senilai', 'sekitar', 'itu', 'ini', 'tersebut', 'saja', 'pun', 'lagi', 'lipat']

/** Honorifics written with a full stop before a name: "H. Budi", "Dr. Ani". */
export const HONORIFICS = ['H', 'Hj', 'Dr', 'Prof', 'Ir', 'Drs', 'Dra', 'KH', 'Tn', 'Ny', 'Sdr']

/** Subjects by which a speaker pledges for their side: "Kami akan memberikan …". */
export const FIRST_PERSON_SUBJECTS = ['kami', 'kita', 'saya', 'pemerintah kami', 'negara kami']
