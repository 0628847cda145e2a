# Tigrinya — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = ንምጅማር ስክሪን ጠውቑ

nav-back = ንድሕሪት
nav-home = ቀንዲ ገጽ
nav-language = ቋንቋ
nav-display = ስክሪን
nav-help = ሓገዝ
nav-emergency = ህጹጽ
nav-listen = ስማዕ

crumbs-label = ምርጫታትኩም
language-title = ቋንቋኹም ምረጹ

display-contrast = ልዑል ፍልልይ ሕብሪ
display-text-size = ዓቐን ጽሑፍ
display-on = ተወሊዑ
display-off = ጠፊኡ
display-size-normal = ንቡር
display-size-large = ዓቢ
display-size-largest = ኣዝዩ ዓቢ
display-volume = ድምጺ
display-volume-level = { $count } / 5

result-documents = ክተምጽእዎም ዘለኩም ሰነዳት
result-where = ናበይ ትኸዱ
service-example = ኣብነት፦ እዚ ቦታ ብናይ ከተማኹም ሓቀኛ ቦታ ክትካእ ኣለዎ።

badge-open = ሕጂ ክፉት እዩ
badge-open-until = ክሳብ ሰዓት { $time } ክፉት
badge-closed = ዕጹው
badge-closed-opens-today = ዕጹው፣ ሰዓት { $time } ይኽፈት
badge-closed-opens-tomorrow = ዕጹው፣ ጽባሕ ሰዓት { $time } ይኽፈት
badge-closed-opens-day = ዕጹው፣ { $day } ሰዓት { $time } ይኽፈት
badge-closed-until = ክሳብ { $date } { $month ->
        [1] ጥሪ
        [2] ለካቲት
        [3] መጋቢት
        [4] ሚያዝያ
        [5] ግንቦት
        [6] ሰነ
        [7] ሓምለ
        [8] ነሓሰ
        [9] መስከረም
        [10] ጥቅምቲ
        [11] ሕዳር
       *[12] ታሕሳስ
    } ዕጹው
badge-unknown = ሰዓታት ስራሕ ኣረጋግጹ

day-1 = ሰኑይ
day-2 = ሰሉስ
day-3 = ረቡዕ
day-4 = ሓሙስ
day-5 = ዓርቢ
day-6 = ቀዳም
day-7 = ሰንበት

emergency-title = ህጹጽ
emergency-intro = ብነጻ፣ ለይትን መዓልትን፣ ካብ ዝኾነ ተሌፎን ደውሉ።
emergency-112 = ኤውሮጳዊ ቁጽሪ ህጹጽ ረድኤት፣ ካብ ኩሉ ሃገራት
emergency-15 = SAMU፦ ህጹጽ ሕክምናዊ ረድኤት፣ ኣምቡላንስ
emergency-17 = ፖሊስ
emergency-18 = መጥፋእቲ ሓዊ፦ ባርዕ፣ ሓደጋ
emergency-114 = ጽሙማት ወይ ጸገም ምስማዕ ዘለዎም ሰባት፦ ብጽሑፍ መልእኽቲ ወይ ብቪድዮ
emergency-115 = ገዛ ዘይብሎም ሰባት፦ ህጹጽ መዕቆቢ
emergency-119 = ኣብ ሓደጋ ዘሎ ቆልዓ
emergency-3919 = ኣብ ልዕሊ ደቂ ኣንስትዮ ዝፍጸም ዓመጽ፦ ስምኩም ከይገለጽኩም ዝሰምዓኩም
emergency-3114 = ሓሳባት ርእሰ-ቅትለት፦ ምክልኻል ርእሰ-ቅትለት

help-title = ነዚ መሳርሒ ብኸመይ ትጥቀምሉ
help-step-touch = ንምምራጽ ሓደ ስእሊ ጠውቑ። ሓደ ግዜ ምጥዋቕ ይኣክል።
help-step-back = ንድሕሪት፦ ናብቲ ቅድሚኡ ዝነበረ ገጽ ምምላስ።
help-step-home = ቀንዲ ገጽ፦ ካብ መጀመርታ ደጊምኩም ምጅማር።
help-step-language = ቋንቋ፦ ኣብ ዝኾነ ግዜ ካልእ ቋንቋ ምምራጽ።
help-step-display = ስክሪን፦ ዝዓበየ ጽሑፍ ወይ ልዑል ፍልልይ ሕብሪ።
help-step-emergency = ህጹጽ፦ ኣብ ግዜ ሓደጋ ዝድወሉ ቁጽሪታት።
help-step-privacy = ዋላ ሓንቲ ኣይዕቀብን፦ ምስ ከድኩም፣ እቲ መሳርሒ ኩሉ ይድምስስ።
help-person-title = ምስ ሰብ ተዛረቡ

idle-title = ገና ኣለኹም ዶ?
idle-countdown = { $count ->
    [one] እቲ መሳርሒ ኣብ { $count } ካልኢት ኩሉ ክድምስስ እዩ።
   *[other] እቲ መሳርሒ ኣብ { $count } ካልኢት ኩሉ ክድምስስ እዩ።
}
idle-continue = ቀጽሉ

fallback-french = ገና ኣይተተርጎመን፦ ጽሑፍ ብፈረንሳይኛ

ticket-button = ቲኬተይ
ticket-title = ቲኬትኩም
ticket-number = ቲኬት ቁጽሪ { $number }
ticket-show = ነዚ ኮድ ኣብ ሓደ ካብዞም ቦታታት ንዘሎ ሰብ ኣርእዩ፦ ከንብቦን ክሕግዘኩምን ይኽእል እዩ።
ticket-photo = ብተሌፎንኩም ናይዚ ኮድ ስእሊ ከተልዕሉ ትኽእሉ ኢኹም። ብዛዕባኹም ዋላ ሓንቲ ሓበሬታ የብሉን።
ticket-print = ቲኬተይ ሕተሙ
ticket-printing = ቲኬት ይሕተም ኣሎ…
ticket-printed = ቲኬትኩም ተሓቲሙ ኣሎ። ካብቲ ፕሪንተር ውሰድዎ።
ticket-print-no-paper = ኣብቲ ፕሪንተር ወረቐት የለን። ብተሌፎንኩም ናይቲ ኮድ ስእሊ ኣልዕሉ፣ ወይ ድማ ነዚ ስክሪን ንሓደ ሰብ ኣርእዩ።
ticket-print-failed = እቲ ፕሪንተር ሕጂ ኣይሰርሕን እዩ። ብተሌፎንኩም ናይቲ ኮድ ስእሊ ኣልዕሉ፣ ወይ ድማ ነዚ ስክሪን ንሓደ ሰብ ኣርእዩ።
mediator-title = ሓደ ሰብ ቲኬትኩም የንብብ ኣሎ
mediator-answers = መልስታትኩም
mediator-continue = ቀጽሉ
mediator-end = ዛዝሙ
mediator-unreadable = እዚ ቲኬት ኣብዚ መሳርሒ ክንበብ ኣይክእልን እዩ።
mediator-discreet = መልስታትኩም ካልእ ሰብ ከየንብቦ ኣብ ቲኬት ኣይተጻሕፈን። እንታይ ከም እትደልዩ ነዚ ሰብ ክትነግርዎ ትኽእሉ ኢኹም።
update-title = እቲ መሳርሒ ይሕደስ ኣሎ
update-wait = ነቲ USB ፍላሽ ኣይተውጽእዎ።
update-step-verify = ምርግጋጽ ፌርማ
update-step-unpack = ምኽፋት ናይቲ ምሕዳስ
update-step-check = ምርግጋጽ ትሕዝቶ
update-step-compile = ምድላው ትሕዝቶ
update-step-switch = ናብቲ ሓድሽ ትሕዝቶ ምስግጋር
update-applied = እቲ ሓድሽ ትሕዝቶ ተጻዒኑ ኣሎ።
update-refused = እቲ ምሕዳስ ኣይተጻዕነን። እቲ መሳርሒ ዝነበሮ ትሕዝቶ ሒዙ ይቕጽል። ምኽንያቱ ኣብቲ ኣብ USB ፍላሽ ዘሎ ጸብጻብ ተጻሒፉ ኣሎ።
update-nothing = ኣብዚ USB ፍላሽ ምሕዳስ የለን።
update-stats = እቲ ስታቲስቲክስ ናብቲ USB ፍላሽ ተቐዲሑ ኣሎ።
update-write-failed = እቲ ጸብጻብ ክጽሓፍ ኣይከኣለን፦ እቲ USB ፍላሽ ካብ ምጽሓፍ ዝተሓለወ ወይ ዝመልአ እዩ።
update-remove = ሕጂ ነቲ USB ፍላሽ ከተውጽእዎ ትኽእሉ ኢኹም።

speech-phone = ተሌፎን: { $number }
speech-no-voice = እዚ ስክሪን ክሳዕ ሕጂ ብዚ ቋንቋ ብድምጺ ክንበብ ኣይክእልን እዩ። ብፈረንሳይኛ ወይ ብእንግሊዝኛ ክትሰምዑ ትኽእሉ ኢኹም።
listen-no-voice = ብዚ ቋንቋ ገና ድምጺ የለን፡ ብፈረንሳይኛን ብእንግሊዝኛን ስምዑ።
keypad-help = መጠወቒ፡ ናብ ላዕሊን ታሕቲን ዘመልክቱ ምልክታት፣ ወይ 8ን 2ን፣ ካብ ሓደ መልጎም ናብ ካልእ የሕልፉ። ማእከላይ መጠወቒ 5 ወይ Enter ነቲ መልጎም ይጥውቕ። 0 ንድሕሪት፣ 7 ናብ መጀመርታ። ተደመርን ጎድልን ድምጺ የስተኻኽሉ። እቲ ኮኾብ ነዚ ሓገዝ ይደግሞ።
keypad-welcome = መስምዒ ተተኺሉ ኣሎ፡ እቲ መሳርሒ ነቲ ስክሪን ብዓው ኢሉ የንብቦ። ከመይ ከም ትጥቀሙ ንምፍላጥ ነቲ ኮኾብ ጠውቑ።
listen-headphones = ንምስማዕ መስምዒ ኣተኽሉ።
quick-exit = ቀልጢፍካ ውጻእ
start-over = እንደገና ጀምር
service-checked = ብ{ $date } ተረጋጊጹ
service-accessible = ብዓረብያ ስንኩላን ክእቶ ይከኣል
service-not-accessible = ብዓረብያ ስንኩላን ክእቶ ኣይከኣልን
result-stale-hidden = { $count } ቦታታት ኣይረኣዩን፡ ሓበሬታኦም ንነዊሕ እዋን ኣይተረጋገጸን። ንሓደ ሰራሕተኛ ሕተቱ (መልጎም ሓገዝ)።

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = ሰኑይ
hours-day-2 = ሰሉስ
hours-day-3 = ረቡዕ
hours-day-4 = ሓሙስ
hours-day-5 = ዓርቢ
hours-day-6 = ቀዳም
hours-day-7 = ሰንበት
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }፣ { $item }
hours-line = { $days }: { $hours }
hours-all-day = ለይትን መዓልትን ክፉት
hours-public-holidays-closed = ኣብ ወግዓዊ በዓላት ዕጹው

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = ከተማ
offers-filter-rooms = ክፍልታት
offers-filter-rent = ክራይ
offers-filter-wheelchair = ዓረብያ ስንኩላን
offers-all = ኩሉ
offers-clear-filters = ኩሉ ኣርእዩ
offers-count = { $count ->
    [0] ምስዚ ምርጫታት ዝሰማማዕ ገዛ የለን
    [one] 1 ገዛ
   *[other] { $count } ገዛውቲ
}
offers-page = { $first } ክሳብ { $last } ካብ { $count }
offers-previous = ዝሓለፉ
offers-next = ዝቕጽሉ
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = ኣብ ወርሒ { $amount }፣ ወጻኢታት ሓዊሱ
offers-floor = { $floor ->
    [0] ታሕተዋይ ደርቢ
    [1] ቀዳማይ ደርቢ
    [2] ካልኣይ ደርቢ
    [3] ሳልሳይ ደርቢ
    [4] ራብዓይ ደርቢ
    [5] ሓምሻይ ደርቢ
   *[other] ደርቢ { $floor }
}
offers-floor-lift = { $floor }፣ ሊፍት ኣለዎ
offers-floor-no-lift = { $floor }፣ ሊፍት የብሉን
offers-energy = ጸዓት { $label }
offers-energy-scale = { $label } (ካብ A፣ ብጣዕሚ ውሑድ ጸዓት ዝበልዕ፣ ክሳብ G፣ ብጣዕሚ ብዙሕ ጸዓት ዝበልዕ)
offers-wheelchair-yes = ንዓረብያ ስንኩላን ይሰማማዕ
offers-wheelchair-no = ንዓረብያ ስንኩላን ኣይሰማማዕን
offers-available-now = ሕጂ ባዶ እዩ
offers-available-from = ካብ { $date } ጀሚሩ ባዶ እዩ
offers-rooms = { $rooms ->
    [one] 1 ክፍሊ
   *[other] { $rooms } ክፍልታት
}
offers-rooms-or-more = { $rooms } ክፍልታት ወይ ካብኡ ንላዕሊ
offers-surface = { $surface } m²
offers-up-to = ክሳብ { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = ኣብ የኖ ከተማ?
offers-pick-rooms = ክንደይ ክፍልታት?
offers-pick-rent = ክራይ ክሳብ ክንደይ፣ ወጻኢታት ሓዊሱ?
offers-no-photo = ስእሊ የለን
offers-photo = ስእሊ { $n } ካብ { $count }
offers-photo-previous = ዝሓለፈ ስእሊ
offers-photo-next = ዝቕጽል ስእሊ
offers-how-to-apply = ከመይ ጌርኩም ትሓቱ
offers-apply-title = ነዚ ገዛ ሕተቱ
offers-apply-text = ሕቶኹም ናብ { $landlord } ኣቕርቡ፣ ቁጽሪ መወከሲ { $reference } ሃቡ። ብተወሳኺ ዝተመዝገበ ሕቶ ማሕበራዊ ገዛ የድልየኩም። ኣብ ታሕቲ ዘለዉ ሰነዳት ኣምጽኡ። ብቲኬትኩም ሓደ ሰብ ክሕግዘኩም ይኽእል እዩ።
offers-fact-rent = ክራይ
offers-fact-charges = ወጻኢታት
offers-fact-rooms = ክፍልታት
offers-fact-surface = ስፍሓት
offers-fact-floor = ደርቢ
offers-fact-access = ምእታው
offers-fact-energy = ጸዓት
offers-fact-available = መዓስ ባዶ
offers-fact-landlord = ዋና ገዛ
offers-fact-reference = ቁጽሪ መወከሲ

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = እወ
elig-no = ኣይፋል
elig-year-up-to = ኣብ ዓመት ክሳብ { $max } € (ኣብ ወርሒ ኣስታት { $max-month } €)
elig-year-between = ኣብ ዓመት ካብ { $min } € ክሳብ { $max } € (ኣብ ወርሒ ኣስታት { $min-month } ክሳብ { $max-month } €)
elig-year-above = ኣብ ዓመት { $min } € ወይ ልዕሊኡ (ኣብ ወርሒ ኣስታት { $min-month } €)
elig-month-up-to = ኣብ ወርሒ ክሳብ { $max } €
elig-month-between = ኣብ ወርሒ ካብ { $min } € ክሳብ { $max } €
elig-month-above = ኣብ ወርሒ { $min } € ወይ ልዕሊኡ

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = ብተሌፎንኩም ቀጽሉ
online-button-label = ብተሌፎንኩም ቀጽሉ፦ { $name }
online-scan = ካሜራ ተሌፎንኩም ክፈቱን ናብዚ ኮድ ኣቕንዑን፦ እቲ ወግዓዊ መርበብ ይኽፈት። ነቲ መስርሕ ብተሌፎንኩም፣ ብናይ ገዛእ ርእስኹም ፍጥነት ትቕጽሉ።
online-asks = እቲ መርበብ ዝሓተኩም
online-private = እቲ ኮድ ኣድራሻ ናይቲ ወግዓዊ መርበብ ጥራይ እዩ ዘለዎ፣ ብዛዕባኹም ዋላ ሓንቲ የብሉን።
