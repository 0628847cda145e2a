# Pashto — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = د پیل لپاره پردې ته لاس ووهئ

nav-back = شاته
nav-home = کور
nav-language = ژبه
nav-display = ښودنه
nav-help = مرسته
nav-emergency = بیړنی
nav-listen = اورېدل

crumbs-label = ستاسو انتخابونه
language-title = خپله ژبه وټاکئ

display-contrast = لوړ تضاد
display-text-size = د لیک اندازه
display-on = فعال
display-off = بند
display-size-normal = عادي
display-size-large = لوی
display-size-largest = ډېر لوی
display-volume = د غږ کچه
display-volume-level = { $count } / 5

result-documents = هغه اسناد چې باید یې راوړئ
result-where = چېرته لاړ شئ
service-example = بېلګه: دا ځای باید ستاسو د ښار په رښتیني ځای بدل شي.

badge-open = اوس خلاص دی
badge-open-until = تر { $time } پورې خلاص دی
badge-closed = تړلی دی
badge-closed-opens-today = تړلی دی، په { $time } خلاصېږي
badge-closed-opens-tomorrow = تړلی دی، سبا په { $time } خلاصېږي
badge-closed-opens-day = تړلی دی، { $day } په { $time } خلاصېږي
badge-closed-until = تر { $date } { $month ->
        [1] جنوري
        [2] فبروري
        [3] مارچ
        [4] اپریل
        [5] مۍ
        [6] جون
        [7] جولای
        [8] اګست
        [9] سپتمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } پورې تړلی دی
badge-unknown = د کار وختونه وګورئ

day-1 = دوشنبه
day-2 = سه شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه

emergency-title = بیړنی حالت
emergency-intro = وړیا زنګ ووهئ، شپه او ورځ، له هر تلیفون څخه.
emergency-112 = د اروپا بیړنۍ شمېره، له ټولو هېوادونو څخه
emergency-15 = SAMU: روغتیايي بیړنی حالت او امبولانس
emergency-17 = پولیس
emergency-18 = اور وژونکي: اور لګېدل، حادثه
emergency-114 = کاڼه یا کم اورېدونکي خلک: د لنډ پیغام یا ویډیو له لارې
emergency-115 = بې کوره خلک: بیړنی سرپناه
emergency-119 = ماشوم په خطر کې
emergency-3919 = پر ښځو تاوتریخوالی: ستاسو خبرې اورېدل کېږي، نوم ویل اړین نه دي
emergency-3114 = د ځان وژنې فکرونه: د ځان وژنې مخنیوی

help-title = دا دستګاه څنګه وکاروئ
help-step-touch = د ټاکلو لپاره یو انځور ته لاس ووهئ. یو ځل لاس وهل بس دي.
help-step-back = شاته: مخکېنۍ پردې ته ستنېدل.
help-step-home = کور: له سره پیلول.
help-step-language = ژبه: هر وخت بله ژبه ټاکل.
help-step-display = ښودنه: لوی لیک یا لوړ تضاد.
help-step-emergency = بیړنی: هغه شمېرې چې د خطر پر مهال ورته زنګ ووهئ.
help-step-privacy = هیڅ شی نه ساتل کېږي: کله چې تاسو ځئ، دستګاه هر څه پاکوي.
help-person-title = له یو کس سره خبرې وکړئ

idle-title = ایا تاسو لا دلته یاست؟
idle-countdown = { $count ->
    [one] دستګاه به په { $count } ثانیه کې هر څه پاک کړي.
   *[other] دستګاه به په { $count } ثانیو کې هر څه پاک کړي.
}
idle-continue = دوام ورکړئ

fallback-french = تر اوسه نه دی ژباړل شوی: متن په فرانسوي ژبه

ticket-button = زما ټکټ
ticket-title = ستاسو ټکټ
ticket-number = ټکټ شمېره { $number }
ticket-show = دا کوډ په دې ځایونو کې په یو ځای کې یو کس ته وښایئ: هغه کولی شي دا ولولي او له تاسو سره مرسته وکړي.
ticket-photo = تاسو کولی شئ په خپل تلیفون یې عکس واخلئ. په دې کې ستاسو په اړه هیڅ معلومات نشته.
ticket-print = زما ټکټ چاپ کړئ
ticket-printing = ټکټ چاپېږي…
ticket-printed = ستاسو ټکټ چاپ شو. له پرنټر څخه یې واخلئ.
ticket-print-no-paper = پرنټر کاغذ نه لري. په خپل تلیفون د کوډ عکس واخلئ، یا دا پرده یو کس ته وښایئ.
ticket-print-failed = پرنټر اوس کار نه کوي. په خپل تلیفون د کوډ عکس واخلئ، یا دا پرده یو کس ته وښایئ.
mediator-title = یو کس ستاسو ټکټ لولي
mediator-answers = ستاسو ځوابونه
mediator-continue = دوام ورکړئ
mediator-end = پای
mediator-unreadable = دا ټکټ په دې دستګاه کې نه شي لوستل کېدای.
mediator-discreet = ستاسو ځوابونه په ټکټ نه دي لیکل شوي، څو بل څوک یې ونه شي لوستلای. تاسو کولی شئ دې کس ته ووایئ چې د څه په لټه کې یاست.
update-title = د دستګاه تازه کول
update-wait = مهرباني وکړئ، USB فلش مه باسئ.
update-step-verify = د لاسلیک کتنه
update-step-unpack = د نوې نسخې پرانیستل
update-step-check = د منځپانګې کتنه
update-step-compile = د منځپانګې چمتو کول
update-step-switch = نوې منځپانګې ته اوښتل
update-applied = نوې منځپانګه نصب شوه.
update-refused = نوې نسخه نصب نه شوه. دستګاه خپله اوسنۍ منځپانګه ساتي. لامل یې په هغه راپور کې لیکل شوی چې په USB فلش کې دی.
update-nothing = په دې USB فلش کې هیڅ نوې نسخه نشته.
update-stats = احصایې USB فلش ته کاپي شوې.
update-write-failed = راپور ونه لیکل شو: USB فلش د لیکلو پر وړاندې خوندي دی یا ډک دی.
update-remove = تاسو کولی شئ USB فلش وباسئ.

speech-phone = تلیفون: { $number }
speech-no-voice = دا پاڼه لا په دې ژبه په غږ نه لوستل کېږي. تاسو کولی شئ په فرانسوي یا انګلیسي واورئ.
listen-no-voice = لا په دې ژبه غږ نشته: په فرانسوي او انګلیسي اورېدل.
keypad-help = کیبورډ: پورته او ښکته غشي، یا ۸ او ۲، له یوې تڼۍ بلې ته ځي. منځنۍ کیلي، ۵، یا انټر تڼۍ کېکاږي. ۰ شاته ځي، ۷ اصلي پاڼې ته. جمع او منفي غږ برابروي. ستوری دا لارښوونه بیا وايي.
keypad-welcome = غوږۍ ونښلول شوې: دستګاه پرده په لوړ غږ لولي. د کارولو د زده کولو لپاره د ستوري کیلي کېکاږئ.
listen-headphones = د اورېدو لپاره غوږۍ ونښلوئ.
quick-exit = ژر وتل
start-over = بیا پیل کړئ
service-checked = په { $date } وکتل شو
service-accessible = د ویلچر لپاره د لاسرسي وړ
service-not-accessible = د ویلچر لپاره د لاسرسي وړ نه دی
result-stale-hidden = { $count } ځایونه نه ښودل کېږي: د هغو معلومات ډېر وخت نه دي کتل شوي. له یوه کارکوونکي وپوښتئ (د مرستې تڼۍ).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = دوشنبه
hours-day-2 = سه شنبه
hours-day-3 = چهارشنبه
hours-day-4 = پنجشنبه
hours-day-5 = جمعه
hours-day-6 = شنبه
hours-day-7 = یکشنبه
hours-time = { $hour }:{ $mm }
hours-range = له { $from } څخه تر { $to } پورې
hours-days = { $first }–{ $last }
hours-list = { $list }، { $item }
hours-line = { $days }: { $hours }
hours-all-day = شپه او ورځ خلاص دی
hours-public-holidays-closed = د رسمي رخصتیو په ورځو کې تړلی دی

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = ښار
offers-filter-rooms = کوټې
offers-filter-rent = کرایه
offers-filter-wheelchair = ویلچر
offers-all = ټول
offers-clear-filters = ټول وښایاست
offers-count = { $count ->
    [0] له دې انتخابونو سره سم هیڅ کور نشته
    [one] یو کور
   *[other] { $count } کورونه
}
offers-page = { $first } تر { $last }، له { $count } څخه
offers-previous = مخکني
offers-next = راتلونکي
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } په میاشت کې، له لګښتونو سره یوځای
offers-floor = { $floor ->
    [0] ځمکنی پوړ
    [1] لومړی پوړ
    [2] دوهم پوړ
    [3] درېیم پوړ
    [4] څلورم پوړ
    [5] پنځم پوړ
   *[other] { $floor }م پوړ
}
offers-floor-lift = { $floor }، لفټ لري
offers-floor-no-lift = { $floor }، لفټ نه لري
offers-energy = انرژي { $label }
offers-energy-scale = { $label } (له A، ډېره لږه انرژي لګوي، تر G، ډېره زیاته انرژي لګوي)
offers-wheelchair-yes = د ویلچر لپاره مناسب دی
offers-wheelchair-no = د ویلچر لپاره مناسب نه دی
offers-available-now = اوس خالي دی
offers-available-from = له { $date } څخه خالي دی
offers-rooms = { $rooms ->
    [one] یوه کوټه
   *[other] { $rooms } کوټې
}
offers-rooms-or-more = { $rooms } کوټې یا ډېرې
offers-surface = { $surface } m²
offers-up-to = تر { $amount } پورې
offers-choice-count = { $label } ({ $count })
offers-pick-commune = په کوم ښار کې؟
offers-pick-rooms = څو کوټې؟
offers-pick-rent = تر څو کرایې پورې، له لګښتونو سره یوځای؟
offers-no-photo = عکس نشته
offers-photo = عکس { $n } له { $count } څخه
offers-photo-previous = مخکنی عکس
offers-photo-next = بل عکس
offers-how-to-apply = غوښتنه څنګه وکړئ
offers-apply-title = د دې کور غوښتنه وکړئ
offers-apply-text = خپله غوښتنه { $landlord } ته ورکړئ او د مرجع شمېره { $reference } ورته ووایئ. تاسو ته د ټولنیز کور لپاره یوه ثبت شوې غوښتنه هم پکار ده. لاندې اسناد راوړئ. ستاسو د ټکټ په مرسته یو کس کولی شي له تاسو سره مرسته وکړي.
offers-fact-rent = کرایه
offers-fact-charges = لګښتونه
offers-fact-rooms = کوټې
offers-fact-surface = مساحت
offers-fact-floor = پوړ
offers-fact-access = لاسرسی
offers-fact-energy = انرژي
offers-fact-available = کله خالي کېږي
offers-fact-landlord = مالک
offers-fact-reference = د مرجع شمېره

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = هو
elig-no = نه
elig-year-up-to = په کال کې تر { $max } € پورې (په میاشت کې نږدې { $max-month } €)
elig-year-between = په کال کې له { $min } € څخه تر { $max } € پورې (په میاشت کې نږدې { $min-month } تر { $max-month } €)
elig-year-above = په کال کې { $min } € یا ډېر (په میاشت کې نږدې { $min-month } €)
elig-month-up-to = په میاشت کې تر { $max } € پورې
elig-month-between = په میاشت کې له { $min } € څخه تر { $max } € پورې
elig-month-above = په میاشت کې { $min } € یا ډېر

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = په خپل تلیفون کې دوام ورکړئ
online-button-label = په خپل تلیفون کې دوام ورکړئ: { $name }
online-scan = د خپل تلیفون کمره پرانیزئ او دې کوډ ته یې ونیسئ: رسمي سایټ پرانیستل کېږي. تاسو کار په خپل تلیفون کې، په خپل وخت، ته دوام ورکوئ.
online-asks = سایټ به له تاسو څه وغواړي
online-private = دا کوډ یوازې د رسمي سایټ پته لري، ستاسو په اړه هیڅ نه لري.
