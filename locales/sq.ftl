# Albanian — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Prekni ekranin për të filluar

nav-back = Prapa
nav-home = Kreu
nav-language = Gjuha
nav-display = Ekrani
nav-help = Ndihmë
nav-emergency = Urgjenca
nav-listen = Dëgjo

crumbs-label = Zgjedhjet tuaja
language-title = Zgjidhni gjuhën tuaj

display-contrast = Kontrast i lartë
display-text-size = Madhësia e tekstit
display-on = Aktiv
display-off = Joaktiv
display-size-normal = Normale
display-size-large = E madhe
display-size-largest = Shumë e madhe
display-volume = Volumi
display-volume-level = { $count } / 5

result-documents = Dokumentet që duhen sjellë
result-where = Ku të shkoni
service-example = Shembull: ky vend duhet zëvendësuar me vendin e vërtetë në qytetin tuaj.

badge-open = Hapur tani
badge-open-until = Hapur deri në orën { $time }
badge-closed = Mbyllur
badge-closed-opens-today = Mbyllur, hapet në orën { $time }
badge-closed-opens-tomorrow = Mbyllur, hapet nesër në orën { $time }
badge-closed-opens-day = Mbyllur, hapet: { $day }, ora { $time }
badge-closed-until = Mbyllur deri më { $date } { $month ->
        [1] janar
        [2] shkurt
        [3] mars
        [4] prill
        [5] maj
        [6] qershor
        [7] korrik
        [8] gusht
        [9] shtator
        [10] tetor
        [11] nëntor
       *[12] dhjetor
    }
badge-unknown = Kontrolloni oraret

day-1 = e hënë
day-2 = e martë
day-3 = e mërkurë
day-4 = e enjte
day-5 = e premte
day-6 = e shtunë
day-7 = e diel

emergency-title = Urgjenca
emergency-intro = Telefononi falas, ditë e natë, nga çdo telefon.
emergency-112 = Numri evropian i urgjencës, nga çdo vend
emergency-15 = SAMU: urgjenca mjekësore
emergency-17 = Policia ose xhandarmëria
emergency-18 = Zjarrfikësit: zjarr, aksident
emergency-114 = Persona të shurdhër ose me vështirësi dëgjimi: me mesazh me shkrim ose me video
emergency-115 = Persona pa strehë: strehim urgjent
emergency-119 = Fëmijë në rrezik
emergency-3919 = Dhuna ndaj grave: linjë dëgjimi anonime
emergency-3114 = Mendime për vetëvrasje: parandalimi i vetëvrasjes

help-title = Si ta përdorni këtë terminal
help-step-touch = Prekni një figurë për të zgjedhur. Mjafton një prekje.
help-step-back = Prapa: kthehuni te ekrani i mëparshëm.
help-step-home = Kreu: filloni nga e para.
help-step-language = Gjuha: zgjidhni një gjuhë tjetër në çdo kohë.
help-step-display = Ekrani: tekst më i madh ose kontrast i lartë.
help-step-emergency = Urgjenca: numrat që duhen thirrur kur jeni në rrezik.
help-step-privacy = Asgjë nuk ruhet: kur largoheni, terminali fshin gjithçka.
help-person-title = Flisni me një person

idle-title = A jeni ende aty?
idle-countdown = { $count ->
    [one] Terminali do të fshijë gjithçka pas { $count } sekonde.
   *[other] Terminali do të fshijë gjithçka pas { $count } sekondash.
}
idle-continue = Vazhdoni

fallback-french = Ende pa përkthim: tekst në frëngjisht

ticket-button = Bileta ime
ticket-title = Bileta juaj
ticket-number = Bileta nr. { $number }
ticket-show = Tregojani këtë kod një personi në një nga këto vende: ai mund ta lexojë dhe t'ju ndihmojë.
ticket-photo = Mund ta fotografoni me telefonin tuaj. Nuk përmban asnjë të dhënë për ju.
ticket-print = Printoni biletën
ticket-printing = Bileta po printohet…
ticket-printed = Bileta juaj u printua. Merreni te printeri.
ticket-print-no-paper = Printeri nuk ka letër. Fotografojeni kodin me telefonin tuaj ose tregojani këtë ekran dikujt.
ticket-print-failed = Printeri nuk punon tani. Fotografojeni kodin me telefonin tuaj ose tregojani këtë ekran dikujt.
mediator-title = Dikush po e lexon biletën tuaj
mediator-answers = Përgjigjet tuaja
mediator-continue = Vazhdoni
mediator-end = Përfundoni
mediator-unreadable = Kjo biletë nuk mund të lexohet në këtë terminal.
mediator-discreet = Përgjigjet tuaja nuk janë shkruar në biletë, që askush tjetër të mos mund t'i lexojë. Mund t'i tregoni këtij personi se çfarë kërkoni.
update-title = Përditësimi i terminalit
update-wait = Mos e hiqni çelësin USB.
update-step-verify = Verifikimi i nënshkrimit
update-step-unpack = Hapja e përditësimit
update-step-check = Kontrolli i përmbajtjes
update-step-compile = Përgatitja e përmbajtjes
update-step-switch = Kalimi te përmbajtja e re
update-applied = Përmbajtja e re u instalua.
update-refused = Përditësimi nuk u instalua. Terminali e ruan përmbajtjen e tij. Arsyeja është shkruar në raportin në çelësin USB.
update-nothing = Nuk ka asnjë përditësim në këtë çelës USB.
update-stats = Statistikat u kopjuan në çelësin USB.
update-write-failed = Raporti nuk mund të shkruhej: çelësi USB është i mbrojtur nga shkrimi ose është plot.
update-remove = Mund ta hiqni çelësin USB.

speech-phone = Telefoni: { $number }
speech-no-voice = Ky ekran ende nuk mund të lexohet me zë në këtë gjuhë. Mund të dëgjoni në frëngjisht ose në anglisht.
listen-no-voice = Ende nuk ka zë në këtë gjuhë: dëgjoni në frëngjisht dhe anglisht.
keypad-help = Tastiera: shigjetat lart e poshtë, ose 8 dhe 2, kalojnë nga një buton te tjetri. Tasti i mesit, 5, ose Enter shtyp butonin. 0 kthehet pas, 7 kthehet në fillim. Plus dhe minus rregullojnë zërin. Ylli e përsërit këtë ndihmë.
keypad-welcome = Kufjet u lidhën: kioska e lexon ekranin me zë. Shtypni yllin në tastierë për të mësuar si përdoret.
listen-headphones = Lidhni kufje për të dëgjuar.
quick-exit = Dil shpejt
start-over = Fillo nga e para
service-checked = Kontrolluar më { $date }
service-accessible = I arritshëm me karrige me rrota
service-not-accessible = Jo i arritshëm me karrige me rrota
result-stale-hidden = { $count ->
    [one] Një vend nuk shfaqet
   *[other] { $count } vende nuk shfaqen
}: informacioni nuk është kontrolluar prej kohësh. Pyesni një person (butoni Ndihmë).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = E hënë
hours-day-2 = E martë
hours-day-3 = E mërkurë
hours-day-4 = E enjte
hours-day-5 = E premte
hours-day-6 = E shtunë
hours-day-7 = E diel
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Hapur 24 orë në ditë
hours-public-holidays-closed = Mbyllur në ditët e festave zyrtare

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Komuna
offers-filter-rooms = Dhoma
offers-filter-rent = Qiraja
offers-filter-wheelchair = Karrige me rrota
offers-all = Të gjitha
offers-clear-filters = Shfaqi të gjitha
offers-count = { $count ->
    [0] Asnjë banesë nuk përputhet me këto zgjedhje
    [one] 1 banesë
   *[other] { $count } banesa
}
offers-page = { $first }–{ $last } nga { $count }
offers-previous = Të mëparshmet
offers-next = Të tjerat
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } në muaj, përfshirë shpenzimet
offers-floor = { $floor ->
    [0] Kati përdhes
    [1] Kati i parë
    [2] Kati i dytë
    [3] Kati i tretë
    [4] Kati i katërt
    [5] Kati i pestë
   *[other] Kati { $floor }
}
offers-floor-lift = { $floor }, me ashensor
offers-floor-no-lift = { $floor }, pa ashensor
offers-energy = Energjia { $label }
offers-energy-scale = { $label } (nga A, harxhon shumë pak energji, te G, harxhon shumë)
offers-wheelchair-yes = E përshtatshme për karrige me rrota
offers-wheelchair-no = Jo e përshtatshme për karrige me rrota
offers-available-now = E lirë tani
offers-available-from = E lirë nga { $date }
offers-rooms = { $rooms ->
    [one] 1 dhomë
   *[other] { $rooms } dhoma
}
offers-rooms-or-more = { $rooms } dhoma ose më shumë
offers-surface = { $surface } m²
offers-up-to = Deri në { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = Në cilën komunë?
offers-pick-rooms = Sa dhoma?
offers-pick-rent = Deri në sa qira, përfshirë shpenzimet?
offers-no-photo = Pa foto
offers-photo = Foto { $n } nga { $count }
offers-photo-previous = Foto e mëparshme
offers-photo-next = Foto tjetër
offers-how-to-apply = Si të bëni kërkesë
offers-apply-title = Kërkoni këtë banesë
offers-apply-text = Dërgojeni kërkesën te { $landlord } dhe jepni referencën { $reference }. Ju duhet gjithashtu një kërkesë e regjistruar për banesë sociale. Sillni dokumentet më poshtë. Me biletën tuaj, një person mund t'ju ndihmojë.
offers-fact-rent = Qiraja
offers-fact-charges = Shpenzimet
offers-fact-rooms = Dhoma
offers-fact-surface = Sipërfaqja
offers-fact-floor = Kati
offers-fact-access = Hyrja
offers-fact-energy = Energjia
offers-fact-available = Kur mund të hyni
offers-fact-landlord = Pronari
offers-fact-reference = Referenca

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Po
elig-no = Jo
elig-year-up-to = Deri në { $max } € në vit (rreth { $max-month } € në muaj)
elig-year-between = Nga { $min } € deri në { $max } € në vit (rreth { $min-month }–{ $max-month } € në muaj)
elig-year-above = { $min } € ose më shumë në vit (rreth { $min-month } € në muaj)
elig-month-up-to = Deri në { $max } € në muaj
elig-month-between = Nga { $min } € deri në { $max } € në muaj
elig-month-above = { $min } € ose më shumë në muaj

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Vazhdoni në telefonin tuaj
online-button-label = Vazhdoni në telefonin tuaj: { $name }
online-scan = Hapni kamerën e telefonit dhe drejtojeni te ky kod: hapet faqja zyrtare. E vazhdoni procedurën në telefonin tuaj, me ritmin tuaj.
online-asks = Çfarë do t'ju kërkojë faqja
online-private = Kodi përmban vetëm adresën e faqes zyrtare, asgjë për ju.
