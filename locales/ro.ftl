# Romanian — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Atingeți ecranul pentru a începe

nav-back = Înapoi
nav-home = Acasă
nav-language = Limbă
nav-display = Afișare
nav-help = Ajutor
nav-emergency = Urgență
nav-listen = Ascultă

crumbs-label = Alegerile dumneavoastră
language-title = Alegeți limba

display-contrast = Contrast ridicat
display-text-size = Mărimea textului
display-on = Activat
display-off = Dezactivat
display-size-normal = Normală
display-size-large = Mare
display-size-largest = Foarte mare
display-volume = Volum
display-volume-level = { $count } / 5

result-documents = Documente de adus
result-where = Unde să mergeți
service-example = Exemplu: acest loc trebuie înlocuit cu locul real din orașul dumneavoastră.

badge-open = Deschis acum
badge-open-until = Deschis până la { $time }
badge-closed = Închis
badge-closed-opens-today = Închis, se deschide la { $time }
badge-closed-opens-tomorrow = Închis, se deschide mâine la { $time }
badge-closed-opens-day = Închis, se deschide { $day } la { $time }
badge-closed-until = Închis până la { $date } { $month ->
        [1] ianuarie
        [2] februarie
        [3] martie
        [4] aprilie
        [5] mai
        [6] iunie
        [7] iulie
        [8] august
        [9] septembrie
        [10] octombrie
        [11] noiembrie
       *[12] decembrie
    }
badge-unknown = Verificați programul

day-1 = luni
day-2 = marți
day-3 = miercuri
day-4 = joi
day-5 = vineri
day-6 = sâmbătă
day-7 = duminică

emergency-title = Urgență
emergency-intro = Apel gratuit, zi și noapte, de pe orice telefon.
emergency-112 = Numărul european de urgență, din orice țară
emergency-15 = SAMU: urgență medicală
emergency-17 = Poliție sau jandarmerie
emergency-18 = Pompieri: incendiu, accident
emergency-114 = Persoane surde sau care aud greu: prin SMS sau apel video
emergency-115 = Persoane fără adăpost: cazare de urgență
emergency-119 = Copil în pericol
emergency-3919 = Violența împotriva femeilor: linie de ascultare anonimă
emergency-3114 = Gânduri de sinucidere: prevenirea sinuciderii

help-title = Cum se folosește acest terminal
help-step-touch = Atingeți o imagine pentru a alege. O singură atingere este suficientă.
help-step-back = Înapoi: reveniți la ecranul anterior.
help-step-home = Acasă: începeți din nou de la început.
help-step-language = Limbă: alegeți altă limbă oricând.
help-step-display = Afișare: text mai mare sau contrast ridicat.
help-step-emergency = Urgență: numerele de apelat în caz de pericol.
help-step-privacy = Nu se păstrează nimic: când plecați, terminalul șterge totul.
help-person-title = Vorbiți cu o persoană

idle-title = Mai sunteți aici?
idle-countdown = { $count ->
    [one] Terminalul șterge totul în { $count } secundă.
    [few] Terminalul șterge totul în { $count } secunde.
   *[other] Terminalul șterge totul în { $count } de secunde.
}
idle-continue = Continuați

fallback-french = Încă netradus: text în franceză

ticket-button = Tichetul meu
ticket-title = Tichetul dumneavoastră
ticket-number = Tichet nr. { $number }
ticket-show = Arătați acest cod unei persoane într-unul dintre aceste locuri: ea îl poate citi și vă poate ajuta.
ticket-photo = Îl puteți fotografia cu telefonul. Nu conține nicio informație despre dumneavoastră.
ticket-print = Tipăriți tichetul
ticket-printing = Se tipărește tichetul…
ticket-printed = Tichetul dumneavoastră a fost tipărit. Luați-l de la imprimantă.
ticket-print-no-paper = Imprimanta nu mai are hârtie. Fotografiați codul cu telefonul sau arătați acest ecran unei persoane.
ticket-print-failed = Imprimanta nu funcționează acum. Fotografiați codul cu telefonul sau arătați acest ecran unei persoane.
mediator-title = O persoană vă citește tichetul
mediator-answers = Răspunsurile dumneavoastră
mediator-continue = Continuați
mediator-end = Terminați
mediator-unreadable = Acest tichet nu poate fi citit pe acest terminal.
mediator-discreet = Răspunsurile dumneavoastră nu sunt scrise pe tichet, ca nimeni altcineva să nu le poată citi. Îi puteți spune acestei persoane ce căutați.
update-title = Actualizarea terminalului
update-wait = Nu scoateți stickul USB.
update-step-verify = Verificarea semnăturii
update-step-unpack = Deschiderea actualizării
update-step-check = Verificarea conținutului
update-step-compile = Pregătirea conținutului
update-step-switch = Trecerea la noul conținut
update-applied = Noul conținut a fost instalat.
update-refused = Actualizarea nu a fost instalată. Terminalul își păstrează conținutul. Motivul este scris în raportul de pe stickul USB.
update-nothing = Nu există nicio actualizare pe acest stick USB.
update-stats = Statisticile au fost copiate pe stickul USB.
update-write-failed = Raportul nu a putut fi scris: stickul USB este protejat la scriere sau plin.
update-remove = Puteți scoate stickul USB.

speech-phone = Telefon: { $number }
speech-no-voice = Acest ecran nu poate fi încă citit cu voce tare în această limbă. Puteți asculta în franceză sau în engleză.
listen-no-voice = Încă nu există voce în această limbă: ascultați în franceză și engleză.
keypad-help = Tastatură: săgețile sus și jos, sau 8 și 2, trec de la un buton la altul. Tasta din mijloc, 5, sau Enter apasă butonul. 0 revine înapoi, 7 revine la început. Plus și minus reglează volumul. Steluța repetă acest ajutor.
keypad-welcome = Căști conectate: chioșcul citește ecranul cu voce tare. Apăsați tasta steluță pentru a afla cum se folosește tastatura.
listen-headphones = Conectați căști pentru a asculta.
quick-exit = Ieșire rapidă
start-over = Începe din nou
service-checked = Verificat la { $date }
service-accessible = Accesibil cu scaunul cu rotile
service-not-accessible = Nu este accesibil cu scaunul cu rotile
result-stale-hidden = { $count ->
    [one] Un loc nu este afișat
   *[other] { $count } locuri nu sunt afișate
}: informațiile nu au mai fost verificate de prea mult timp. Întrebați o persoană (butonul Ajutor).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Luni
hours-day-2 = Marți
hours-day-3 = Miercuri
hours-day-4 = Joi
hours-day-5 = Vineri
hours-day-6 = Sâmbătă
hours-day-7 = Duminică
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Deschis non-stop
hours-public-holidays-closed = Închis în zilele de sărbătoare legală

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Localitate
offers-filter-rooms = Camere
offers-filter-rent = Chirie
offers-filter-wheelchair = Scaun cu rotile
offers-all = Toate
offers-clear-filters = Arată tot
offers-count = { $count ->
    [0] Nicio locuință nu corespunde acestor alegeri
    [one] 1 locuință
    [few] { $count } locuințe
   *[other] { $count } de locuințe
}
offers-page = { $first }–{ $last } din { $count }
offers-previous = Anterioare
offers-next = Următoare
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } pe lună, cu cheltuielile incluse
offers-floor = { $floor ->
    [0] Parter
   *[other] Etajul { $floor }
}
offers-floor-lift = { $floor }, cu lift
offers-floor-no-lift = { $floor }, fără lift
offers-energy = Energie { $label }
offers-energy-scale = { $label } (de la A, consumă foarte puțină energie, la G, consumă foarte multă)
offers-wheelchair-yes = Accesibil cu scaunul cu rotile
offers-wheelchair-no = Neadaptat pentru scaunul cu rotile
offers-available-now = Liber acum
offers-available-from = Liber de la { $date }
offers-rooms = { $rooms ->
    [one] 1 cameră
    [few] { $rooms } camere
   *[other] { $rooms } de camere
}
offers-rooms-or-more = { $rooms ->
    [few] { $rooms } camere sau mai multe
   *[other] { $rooms } de camere sau mai multe
}
offers-surface = { $surface } m²
offers-up-to = Până la { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = În ce localitate?
offers-pick-rooms = Câte camere?
offers-pick-rent = Până la ce chirie, cu cheltuielile incluse?
offers-no-photo = Fără fotografie
offers-photo = Fotografia { $n } din { $count }
offers-photo-previous = Fotografia anterioară
offers-photo-next = Fotografia următoare
offers-how-to-apply = Cum faceți o cerere
offers-apply-title = Cereți această locuință
offers-apply-text = Trimiteți cererea la { $landlord } și dați referința { $reference }. Aveți nevoie și de o cerere de locuință socială înregistrată. Aduceți documentele de mai jos. Cu tichetul dumneavoastră, o persoană vă poate ajuta.
offers-fact-rent = Chirie
offers-fact-charges = Cheltuieli
offers-fact-rooms = Camere
offers-fact-surface = Suprafață
offers-fact-floor = Etaj
offers-fact-access = Acces
offers-fact-energy = Energie
offers-fact-available = Disponibilitate
offers-fact-landlord = Proprietar
offers-fact-reference = Referință

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Da
elig-no = Nu
elig-year-up-to = Până la { $max } € pe an (aproximativ { $max-month } € pe lună)
elig-year-between = De la { $min } € la { $max } € pe an (aproximativ { $min-month }–{ $max-month } € pe lună)
elig-year-above = { $min } € sau mai mult pe an (aproximativ { $min-month } € pe lună)
elig-month-up-to = Până la { $max } € pe lună
elig-month-between = De la { $min } € la { $max } € pe lună
elig-month-above = { $min } € sau mai mult pe lună

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Continuați pe telefon
online-button-label = Continuați pe telefon: { $name }
online-scan = Deschideți camera telefonului și îndreptați-o spre acest cod: se deschide site-ul oficial. Continuați demersul pe telefon, în ritmul dumneavoastră.
online-asks = Ce vă va cere site-ul
online-private = Codul conține doar adresa site-ului oficial, nimic despre dumneavoastră.
