// The input language: every word and word pattern the parser and the extractors read, behind one
// interface. `lang/id.ts` is Indonesian; `lang/grammar.ts` builds the regular expressions from a
// Language once and caches them; the extractors read them from their context. A pattern here is the
// source of a regular expression in which words of the language stand; the grammar puts it in
// place.

/** Which role a count of people takes in the story. */
export type CountRole = 'attendance' | 'signing' | 'speakers' | 'invited'

export interface Language {
  /** Its code, as `--language` names it: a BCP 47 language tag (the deck's `lang`). */
  code: string
  /** The locale of the sentence segmenter (Intl.Segmenter). */
  segmenterLocale: string

  /** Sentences and page residue. */
  text: {
    /** Abbreviations after which a full stop does not end a sentence (lower case). */
    abbreviations: string[]
    /** Honorifics written with a full stop before a name: "H. Budi", "Dr. Ani". */
    honorifics: string[]
    /** Honorifics written in lower case before a name: "dr. Ani Rahma" (a physician). */
    lowerHonorifics: string[]
    /** Lower-case particles joined to a name by a hyphen: "al-Rahman", "el-Hadi". */
    nameParticles: string[]
    months: string[]
    weekdays: string[]
    /** Labels that open a line of the web page around the story. */
    residueLabels: string[]
    /** Headers after which a list of links follows. */
    relatedHeaders: string[]
    /**
     * Labels of the story's own credit ("Editor", "Pewarta"): after a credit line that follows the
     * story, the page goes on with other things (teasers of other articles, tags), never the story.
     */
    creditLabels: string[]
    /**
     * The openings of a page's calls to the reader ("Tulis komentar…"), lower case: a line that starts
     * with one is residue whatever its length, even glued to the next word.
     */
    promotions: string[]
    /** The word before a clock time ("pukul 14.00"), lower case. */
    clockWords: string[]
    /** Time zones written after a clock time, upper case. */
    timeZones: string[]
    /** Navigation lines of a page, as a pattern of the lower-cased line. */
    navigation: string
    /** A page number of a story split over pages ("2 dari 3 halaman"), as a pattern of a whole lower-case line. */
    pagination: string
    /** A photo caption's credit, as a pattern. */
    captionCredit: string
    /** Labels of a photo's credit line, lower case: "foto" in "Foto: Ani Rahma/Kabar". */
    photoLabels: string[]
    /** Endings of an outlet's domain in a dateline ("KOMPAS.com", "Harian.id"). */
    outletDomains: string[]
    /** Labels of the source line ("Sumber: https://…"), lower case. */
    sourceLabels: string[]
  }

  /** Numbers written in words. */
  numbers: {
    /** The words for one to ten, in order. */
    units: string[]
    /** How bigger numbers are built from them: "lima belas", "dua puluh tiga", "seratus". */
    scales: Record<string, number>
    /** The word of ten and more that adds ten ("belas"), and the one that multiplies ("puluh"). */
    teen: string
    tens: string
    /** Scales a number may start ("seratus", "seribu"), after the prefix that means one. */
    startScales: string[]
    onePrefix: string
    /** Whole words with their value ("sebelas"). */
    specials: Record<string, number>
    /** How digits are grouped: the thousands separator and the decimal mark ("1.200", "2,5"). */
    thousands: string
    decimal: string
  }

  /** Amounts of money. */
  money: {
    /** Scale words and their factors: "juta", "miliar". */
    scales: Record<string, number>
    /** The canonical name of a scale word ("milyar" is written "miliar"). */
    scaleNames: Record<string, 'satuan' | 'ribu' | 'juta' | 'miliar' | 'triliun'>
    /** Currencies written before the number, as a pattern, with their codes. */
    prefixes: Array<[pattern: string, code: string]>
    /** Currencies written after the number, as a pattern, with their codes. */
    suffixes: Array<[pattern: string, code: string]>
    /** What may follow an amount as part of it: "per tahun", as a pattern. */
    rate: string
  }

  /** Who speaks. */
  speakers: {
    /** Words by which a speaker agrees with one who spoke before: "Senada dengan X, Y …". */
    agreeWith: string[]
    /** Heads of an office title, short forms of the press included. */
    officeHeads: string[]
    /** Titles of a region's office, followed by the region's name. */
    regionalOffices: string[]
    /** Words that open a region's name after a regional title: "Bupati Kabupaten Sapta", "Bupati Kepulauan Sapta". */
    regionKinds: string[]
    /** Military and police ranks: between a title and a name they are the title's ("Kapolda X Irjen Pol Nama"). */
    ranks: string[]
    /** The mark in brackets after a rank of one retired ("Mayjen TNI (Purn) Nama"), without its brackets. */
    retiredMarks: string[]
    /** Words before a title that make it one held before ("Mantan Menlu Nama"): part of the office. */
    formerTitles: string[]
    /**
     * Words after a title that hand the speaking to someone else ("Gubernur diwakili Sekda X
     * mengatakan …"): the one after them is the speaker.
     */
    representedBy: string[]
    /** Words before a title that make it held for now ("Penjabat (Pj) Wali Kota X, Nama"): part of the office. */
    actingTitles: string[]
    /** The same, short, as they open a title: "Pj Gubernur", "Plt Bupati". */
    actingShort: string[]
    /** Short forms of the press and the titles they stand for (lower case). */
    officeShortForms: Record<string, string>
    /** The words after a title that name the state itself ("Menlu RI"), as a pattern. */
    ownStateSuffix: string
    /**
     * Titles that name no office of their own but the one who leads ("Pemimpin Rusia", "Kepala
     * Negara"), lower case: they stand for the one head of state or government the article names.
     */
    leaderTitles: string[]
    /** The offices of a head of state or government, lower case ("presiden", "perdana menteri"). */
    leaderOffices: string[]
    /** Capitalised words that belong to a title of office, not to the name. */
    officeFieldWords: string[]
    /** Field words that also end people's names ("Budi Utama"): a name after a comma may end with one. */
    fieldWordsInNames: string[]
    /** Heads of an organisation's name. */
    organisationHeads: string[]
    /** Lower-case words inside foreign names: "von der", "bin". */
    nameJoiners: string[]
    /** Lower-case words that may join the words of a title or an organisation. */
    titleJoiners: string[]
    /** Words for a speech: "pidato Gubernur X" names the main speaker. */
    speechNouns: string[]
    /** Lower-case words after a title of office: "Wakil Bupati setempat, Nama". */
    officeQualifiers: string[]
    /** The words that join two names or two fields: "dan", "and". */
    and: string[]
    /** Words after an appositive name that end it: ", Sari Dewi, dan …". */
    appositionEnds: string[]
    /** The holder's number in the line of office: "ke-44", as a pattern. */
    holderNumber: string
    /** The shape of a noun of a title's field, never a name: "Penyelenggaraan", "Perlindungan". */
    fieldNoun: string
    /** "Fraksi X melalui Nama …": a body speaks through one of its people. */
    through: string
    /** Words that join two offices of one person: "Menteri X sekaligus Ketua Y Nama". */
    concurrently: string[]
    /**
     * Opening an event: the verb ("membuka", "meresmikan"), its passive ("dibuka", "diresmikan") and
     * the words for "while" ("saat membuka …").
     */
    openingVerbs: string[]
    openedVerbs: string[]
    whileWords: string[]
    /** A group of countries that acts together: "Negara-negara maju", as a pattern. */
    countryGroup: string
    /** Capitalised words that open a sentence but never name a speaker. */
    functionWords: string[]
    /** The press, who report and do not speak at the event: "Pewarta", "Wartawan". */
    reporters: string[]
    /** Pronouns that stand for the last person named. */
    pronouns: string[]
    /** The suffix of a trailing verb that points back to the last speaker ("tegasnya"). */
    pronounSuffix: string
    /** Heads of an epithet that points back: "Perempuan pertama yang …". */
    epithetHeads: string[]
    /** Words for who speaks for a body that is not named: "ujar perwakilan Bank Sapta". */
    representatives: string[]
    /** Words before a nickname: "akrab disapa Ani". */
    nicknameBefore: string[]
    /** Words after a nickname: "Ani, sapaan akrabnya". */
    nicknameAfter: string[]
    /** Words between a short name and the full one it stands for: "Ani, sapaan Ani Rahma". */
    nicknameOf: string[]
    /** Demonstratives that close an epithet or a title that points back ("itu", "tersebut"). */
    demonstratives: string[]
    /** Ordinal words, "Pertama" to "Kesepuluh". */
    ordinals: string[]
    /** The i18n-iso-countries locale of country names, and the press's own names by ISO code. */
    countryLocale: string
    pressCountryNames: Record<string, string[]>
  }

  /** How statements are attributed. */
  attribution: {
    /**
     * Words that open a sentence reporting what was said before the event ("Sebelumnya, …",
     * "Diberitakan sebelumnya, …"): no statement at it.
     */
    earlier: string[]
    /** Verbs that introduce what someone said: "X mengatakan bahwa …". */
    reportingVerbs: string[]
    /** Verbs of saying: what follows them is what was said. */
    sayingVerbs: string[]
    /**
     * Verbs that report only when a comma or colon sets off what was said ("Dia melanjutkan, …"); in
     * other sentences they are actions ("melanjutkan kunjungan").
     */
    commaVerbs: string[]
    /**
     * Verbs that tell what a meeting was about ("membahas"): a country or a body they follow is
     * the meeting's party, not a speaker ("Lamoria membahas rencana dagang …").
     */
    topicVerbs: string[]
    /** Verbs that deliver a format rather than say something: "menyampaikan konferensi pers". */
    deliveringVerbs: string[]
    /** The formats they deliver: "konferensi pers", "keterangan pers". */
    deliveredFormats: string[]
    /** The reporter's source tag inside a reported clause: "…, seperti dilansir dari Kabar, …". */
    sourceTags: string[]
    /** Verbs after the statement: "…, ujar Menteri X". */
    /**
     * Trailing verbs that may also stand inside a sentence without a comma before them, when a
     * comma closes the speaker after them: "Dengan MoU ini kata Bupati X, kerja sama …".
     */
    insertedVerbs: string[]
    trailingVerbs: string[]
    /** Words that may stand between the statement and its trailing verb: "…,” demikian kata X". */
    trailingLeads: string[]
    /** Opening adverbials before a speaker at the start of a sentence. */
    sentenceOpeners: string[]
    /**
     * Conjunctions that open a fronted clause of time before the sentence's subject ("Sebelum acara
     * dibuka, Menteri X …"): the subject follows the clause's comma.
     */
    /** Words that open a phrase of time or place fronted without its comma: "Pada akhir sambutannya Nama …". */
    phraseOpeners: string[]
    clauseOpeners: string[]
    /** What may stand between a speaker and the verb, as a pattern: an adverbial, adverbs. */
    verbGap: string
    /** "Menurut X, …": the word, lower case (a capital is allowed). */
    accordingTo: string
    /** Words before a verb of saying that tell how someone did something: "…, dengan menyerukan …". */
    byWords: string[]
    /** The word that opens a reported clause: "bahwa". */
    complementizers: string[]
    /**
     * Verbs of what the speaker does with words that open a sentence before them, the rest of the
     * clause being what they said: "Menyoroti X sebagai …, Nama mengatakan …". Words that may
     * come before the verb ("Sementara").
     */
    frontedVerbs: string[]
    frontedOpeners: string[]
    /** Verbs that open a sentence before the speaker: "Kata X, …", "Ditambahkan X, …". */
    leadingVerbs: string[]
    /** The speaker's own words: "saya", "kami", "kita". */
    firstPerson: string[]
    /**
     * Modals of what must be done ("perlu", "harus"): a sentence whose subject is followed by one,
     * right after a speaker's sentence, goes on with what the speaker urges ("Kawasan ini perlu …").
     */
    obligations: string[]
    /**
     * Words of the reporter's own narration ("digelar", "dihadiri", "didampingi"): a sentence with one
     * does not go on with the reported words of the speaker before it.
     */
    narration: string[]
    /** A statement passed on from someone else: "disampaikan oleh". */
    relayedBy: string[]
    /** Passive verbs of saying that the speaker may follow without "oleh": "Hal ini diakui Presiden X". */
    passiveVerbs: string[]
    /** Words that put a speaker's title after what they are first called: "… yang juga Ketua X". */
    appositionIntroducers: string[]
    /** Words after a verb of saying that make its object something else than what was said. */
    notSaid: string[]
    /** Words that open a clause of respect or thanks, and what marks a commitment. */
    courtesy: string[]
    commitment: string
  }

  /** Points of an enumeration. */
  points: {
    /** Subjects that are a crowd: a list of what they put forward is theirs, not the speaker's points. */
    crowdSubjects: string[]
    /** What may stand between an ordinal and its point. */
    ordinalLinks: string[]
    /** The links that are copulas ("ialah"): the marker's, not the point's. */
    copulas: string[]
    /** Words that may come before an ordinal: "Yang kedua". */
    ordinalLeads: string[]
    /**
     * Verbs of saying or stressing besides the attribution's own that a point may open with after
     * its speaker's name ("Yang kedua, Nama menekankan …"); the point is what follows them.
     */
    stressingVerbs: string[]
    /** The ordinal that closes a run: "Terakhir". */
    last: string
    /** The hyphenated form's prefix: "ke-dua". */
    ordinalPrefix: string
    /** Words that open a sentence before a later ordinal: "Kemudian Ketiga". */
    runOpeners: string[]
    /** Words before the items of a list: "yaitu", "yakni". */
    itemOpeners: string[]
    /** Words before the last item of a list: "dan", "serta". */
    lastItem: string[]
    /** Nouns that count the points of an enumeration, not a figure. */
    pointNouns: string[]
    /** Words that open the items of a counted list: "tiga langkah, yaitu A, B, dan C". */
    listOpeners: string[]
    /**
     * Words of obligation that, after the same subject at the start of three or more paragraphs in a
     * row, make each paragraph a point: "Kita harus …", "Kita hendaknya …".
     */
    parallelModals: string[]
    /** Words that end a counted noun phrase ("tiga langkah yang …"). */
    labelStops: string[]
    /** Nouns after "Kedua" that make it "both". */
    bothNouns: string[]
    /** Words before which a long clause can be cut without leaving it hanging. */
    clauseJoins: string[]
  }

  /** Counts of participants and who attended. */
  counts: {
    /** Words before a verb of attending ("turut hadir"). */
    attendAdverbs: string[]
    /** Words after a verb of attending that go on to what else the person did ("hadir sekaligus membuka"). */
    attendGoesOn: string[]
    /** Words of a clause, never of an attendee ("juga", "menjadi"): the list of who attended ends before them. */
    clauseWords: string[]
    /** Counts written as a word of magnitude ("ratusan peserta"), with the least they say. */
    approximateNumbers: Record<string, number>
    countedNouns: string[]
    qualifiers: string[]
    participantNouns: string[]
    hedges: string[]
    groupSizeWords: string[]
    roles: Array<{ role: CountRole; pattern: string }>
    /** Words that tell attendance ("hadir", "dihadiri"). */
    attendanceVerbs: string[]
    /** The active verb of attending: what someone attended is no list of people. */
    attended: string[]
    /** The passive verbs after which the list follows ("dihadiri oleh A, B"), and their "by". */
    attendedBy: string[]
    /** The verb of attendance that also means "followed by" after a comma: "A dan B, diikuti C". */
    followedBy: string[]
    by: string
    /** The relative word of "Yang hadir …", and what opens the list after it. */
    relative: string
    /** Words that, after a count of who attended, go on to list them: "200 peserta, mulai dari A, B". */
    countListCues: string[]
    attendeeListOpeners: string[]
  }

  /** Key figures. */
  figures: {
    /** Words before an event noun and an earlier edition: "Pada Forum 1 …". */
    earlierEditionOpeners: string[]
    /** How an earlier edition is written after the event noun: "1", "pertama", "sebelumnya". */
    firstEditions: string[]
    /** Words right before a year that say it is a time: "tahun 2010", "pada 2010". */
    yearWords: string[]
    /** Words in the clause of a year, or between it and a figure, that make the year one end of a span or a change ("sejak 2010", "… pada 2010 menjadi 8 persen"): a figure of the span is no past one. */
    spanWords: string[]
    /** Nouns of time: a number before them is a date or a duration. */
    timeNouns: string[]
    /** Words that follow a number without being what it counts. */
    countStopWords: string[]
    /** The word of a percentage ("persen"), and of a negative ("minus"). */
    percent: string
    minus: string
    /** Hedges before a key figure's count: "lebih dari", "sekitar". */
    hedges: string[]
    /** Words that may follow a counted noun as part of the figure: "anggota", "internasional". */
    countTails: string[]
    /** Words before an amount that make it a rate or an assumption, not a figure. */
    rates: string[]
  }

  /** Pledges of money. */
  pledges: {
    verbs: string[]
    nonPledgeNouns: string[]
    purposeOpeners: string[]
    timeWords: string[]
    /** The preposition before a time span: "dalam dua tahun". */
    within: string
    /**
     * Before an amount that is the whole a pledge is taken from, as a pattern: "… 5 juta dolar, dari
     * alokasi yang mencapai 20 miliar dolar …" (the pool, not this meeting's pledge).
     */
    wholeOf: string
    partMarkers: string[]
    firstPersonSubjects: string[]
    /** "hibah dari pemerintah Jepang": the giver after the amount, as a pattern. */
    giverAfter: string
    /** The relative word: a verb in a relative clause is not the actor's. */
    relative: string
    /** Adverbs between the relative word and the verb: "yang juga memberikan". */
    relativeAdverbs: string[]
    /**
     * Those who pledge together, lower case: "negara-negara", "para donor" ("Para donor yang hadir
     * telah menjanjikan …"): with the clause that says which, they are the pledger as written.
     */
    groupSubjects: string[]
    /**
     * Words that count a group ("para", "beberapa", "sebuah"; a numeral counts too) and the nouns
     * they count ("donor", "negara", "konferensi donor"): "Beberapa donor asing", "9 negara".
     */
    groupCounts: string[]
    groupNouns: string[]
    /** The preposition of a group's place: "Sebuah konferensi donor di Kota Lama menjanjikan …". */
    groupPlace: string
    /** Words that put a pledger among those who pledge: "X termasuk (di antara) negara yang …". */
    amongWords: string[]
    /** "masing-masing": each of two actors. */
    each: string
    /**
     * Words that open a clause with another subject: "A memberikan X, sedangkan B Y", "sementara B
     * menjanjikan Y".
     */
    contrast: string[]
    /** "di Oslo, Norwegia, sepakat …": prepositions of a place, whose country after a comma is no subject. */
    placePrepositions: string[]
    /** The word before an organisation that stands for its country: "Pemerintah". */
    government: string
    /** Words inside the parentheses of a conversion: "(sekitar Rp1 triliun)", as a pattern. */
    conversion: string
    /** The word of `conversion` that only joins the two amounts ("atau"), left off the slide. */
    conversionJoin: string
  }

  /** The cover: the event, its place and date. */
  cover: {
    eventNouns: string[]
    /** Nouns of a part of an event: "Sesi", "Upacara". */
    sessionNouns: string[]
    /** Who organises an event, before its name: "Panitia Munas X" names the committee of Munas X. */
    /** The nouns that end an event's name in English: "… Ministers' Meeting", "… Summit". */
    englishEventNouns: string[]
    organisers: string[]
    /**
     * Event nouns that often name something else, a group ("Forum …") or a day ("Hari …"): an event
     * only where something is held.
     */
    groupEventNouns: string[]
    eventPhrases: string[]
    /** Lower-case words that join the words of an event's name. */
    eventJoiners: string[]
    /** Words that join two words inside a name's lead ("and", "dan"). */
    nameJoiners: string[]
    /** The holder's or edition's number: "ke-46", as a pattern. */
    editionNumber: string
    venueWords: string[]
    /** A venue's kind written after its name: "Convention Center", "Sriti Convention Hall". */
    venueTails: string[]
    /** The preposition of a place: "di". */
    at: string
    /** "di"/"ke" before a place, and the nouns that say it is where the event is held: "X, tempat rapat digelar". */
    towards: string[]
    venueAppositions: string[]
    /** Lower-case words a place's name may follow after "at": "di ibu kota X". */
    placeHeads: string[]
    /** Lower-case words inside a foreign place's name, always before a capitalised word: "Kota de Lama", "Hall of Sapta". */
    placeJoiners: string[]
    /** Verbs after which "di …" is where the event was held or signed, when nothing is reported before them. */
    heldAnchors: string[]
    /** Words after which "di …" is where the event took place. */
    placeAnchors: string[]
    statementDateWords: string[]
    futureWords: string[]
    /** The future words that mark an event still to come with a holding verb. */
    /** Words of inviting: the event an invitation names is still to come. */
    invitationWords: string[]
    /** Words before an invitation that is being met: "atas undangan X". */
    invitationMet: string[]
    strongFutureWords: string[]
    /** Times still to come: an event named after one in its sentence is a later one. */
    futureTimeWords: string[]
    /** Times gone by right after an event's name: "Forum X tahun lalu" was an earlier one. */
    pastTimeWords: string[]
    /** Words that end a past time: "pada 2010 silam", "dua tahun yang lalu". */
    agoWords: string[]
    /** Words right after a date that put it in the past: "pada 3 Maret lalu". */
    agoAfterWords: string[]
    /**
     * Words of arriving or coming back: where the speaker spoke on arrival ("saat tiba di
     * Bandara X") is not where the event was held.
     */
    arrivalWords: string[]
    /** "di sela …": the event named after them hosts the one reported. */
    sidelineWords: string[]
    /** The kind of sitting after an event phrase: "rapat paripurna istimewa". */
    phraseQualifiers: string[]
    holdingVerbs: string[]
    topicWords: string[]
    /** Words of a plan, lower case ("rencana kota itu membuka …"): a place in what is planned is no event's. */
    plannedWords: string[]
    /** Verbs after which "di X" is where a statement was received or sent ("diterima di Kota Lama"). */
    receivedWords: string[]
    /** Verbs right after "di <place>" that hold the event there ("di Kota Lama berlangsung …"). */
    heldAfterWords: string[]
    /** Words before a date that recurs ("setiap 15 Mei"): it dates no event. */
    recurringWords: string[]
    /**
     * Words shortly before a date that put it in the past the event looks back on ("sejak
     * berdirinya Kota Lama pada 1 Mei 1900"): never the event's date.
     */
    historyWords: string[]
    /** Words after a meeting that make it an earlier one ("pertemuan sebelumnya di …"). */
    earlierWords: string[]
    /** Formats that also name a document ("hasil rilis lembaga statistik"): the cover's format only when no other is named. */
    weakFormats: string[]
    /** Verbs of a text the newsroom received ("rilis yang diterima"): a written release, not the event's format. */
    receivedVerbs: string[]
    heldWords: string[]
    /** The word before a weekday ("hari Rabu"). */
    dayWord: string
    /** The word before a year: "tahun 2019". */
    yearWord: string
    /** Words between the first and last day of a span: "3 hingga 5 Mei". */
    dateRangeWords: string[]
    /** "tanggal 26 Oktober": the word before a date. */
    dateWord: string
    /** "hari ini (18/11)": words for today before a date. */
    today: string[]
    /** Parts of a day and relative days written with a date: "pagi", "malam", "hari ini", "kemarin". */
    dayParts: string[]
    /** What follows a date and belongs to it: "waktu setempat". */
    dateTails: string[]
    /** Words that open where and when the speaker spoke, after their name: "dalam", "saat", "di". */
    occasionOpeners: string[]
    /** Words before another person in where and when someone spoke: "dengan", "oleh". */
    occasionEnds: string[]
    /**
     * Words before what an event marks or celebrates ("bertepatan dengan", "memperingati"), and the
     * nouns that may follow them ("peringatan"): the day or anniversary after them is not the event.
     */
    markedOccasions: string[]
    markedOccasionNouns: string[]
    /** A written statement, not an occasion to speak at: "keterangan tertulis", "siaran pers". */
    writtenStatements: string[]
    /** Words that introduce the event's theme: "bertema", "dengan tema". */
    themeWords: string[]
    /**
     * Words that give a title ("berjudul"): the theme only right after a format or a speech
     * ("konferensi pers berjudul "…"", "pidato yang berjudul: …"), not after a book or a film.
     */
    titleWords: string[]
    /** Words that end an unquoted theme: "… yang dihadiri …". */
    themeEnds: string[]
    /** Of those, the ones a theme in title case goes on past ("yang Berkeadilan"). */
    themeEndsUnlessTitled: string[]
    /** Formats of an event, in lower case: "konferensi pers", "jumpa pers", "webinar". */
    formats: string[]
    /** How an event is held, after "secara" or an event noun: "virtual", "daring", "hybrid". */
    modes: string[]
    /** The word before a mode: "secara daring". */
    modeWord: string
    /** Verbs of speaking after which "secara virtual" or a video link says how the speaker took part. */
    spokeVerbs: string[]
    /** A video link the speaker spoke through: "melalui tautan video". */
    remoteLinks: string[]
  }
  /** What a meeting produced: documents signed, adopted or launched, positions agreed. */
  outcomes: {
    /** Verbs that make an outcome by themselves: "menandatangani", "menyepakati", "mengesahkan". */
    verbs: string[]
    /** The verbs whose subject is what was signed: "MoU yang ditandatangani". */
    passiveVerbs: string[]
    /**
     * Verbs (and the nouns of verbs) that make one only with a document right after them:
     * "penandatanganan MoU", "meluncurkan platform"; "upacara penandatanganan" alone is the event.
     */
    weakVerbs: string[]
    /** What is signed or adopted: "nota kesepahaman", "MoU", "deklarasi", "perjanjian". */
    documents: string[]
    /** "Penandatanganan … dilakukan oleh …": the signing was carried out. */
    carriedOut: string[]
    /** Words before a verb that undo it: "belum", "tidak", "gagal". */
    negations: string[]
    /**
     * Words of a stand taken on a document ("dukungannya terhadap Deklarasi X yang disepakati …"):
     * the document, agreed in a relative clause after them, is another meeting's.
     */
    stances: string[]
    /** Words before a verb that put it at another time, another event: "sehari setelah", "sejak". */
    elsewhen: string[]
    /**
     * Words before a verb that make it hoped for, able or ready to be done, not done: "berharap",
     * "siap", "dapat" ("siap menjalin kerja sama"); also what has long been so ("telah lama").
     */
    wishes: string[]
    /**
     * Prepositions that make a verb the reason of a thanks or a greeting, an act of the past rather
     * than of the meeting: "atas", "dalam" ("berterima kasih atas … dalam menyetujui …").
     */
    reasons: string[]
    /**
     * Words of thanks: a verb of purpose after them in the sentence is what someone is thanked for
     * ("terima kasih kepada X yang hadir untuk menandatangani …"), not an outcome told.
     */
    thanks: string[]
    /** Words of purpose before a verb: "untuk", "guna" ("hadir untuk menandatangani"). */
    purposes: string[]
    /**
     * The reporter's framing that may open a sentence, up to its comma ("Pantauan media, …"): no
     * part of what the meeting produced.
     */
    framing: string[]
    /**
     * A relative pronoun: a verb right after it that ends its clause names who did it ("negara yang
     * menandatangani"), not what was done.
     */
    relatives: string[]
    /**
     * Prepositions before the signing named again ("lewat penandatanganan nota itu, …"): the means
     * of what the sentence says next, not a new outcome.
     */
    instruments: string[]
    /** Words right before a verb that make it done: "telah", "sudah" ("kita telah menandatangani"). */
    done: string[]
    /** Words that put what a speaker says is done at this meeting: "hari ini", "tadi". */
    now: string[]
    /** Words before an amount that is the value of what was signed: "senilai", "dengan nilai". */
    valueWords: string[]
  }
}
