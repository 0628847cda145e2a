# Bengali — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = শুরু করতে পর্দা স্পর্শ করুন

nav-back = পিছনে
nav-home = মূল পাতা
nav-language = ভাষা
nav-display = প্রদর্শন
nav-help = সাহায্য
nav-emergency = জরুরি
nav-listen = শুনুন

crumbs-label = আপনার পছন্দ
language-title = আপনার ভাষা বেছে নিন

display-contrast = উচ্চ বৈপরীত্য
display-text-size = লেখার আকার
display-on = চালু
display-off = বন্ধ
display-size-normal = স্বাভাবিক
display-size-large = বড়
display-size-largest = খুব বড়
display-volume = ভলিউম
display-volume-level = { $count } / 5

result-documents = যে কাগজপত্র আনতে হবে
result-where = কোথায় যাবেন
service-example = উদাহরণ: এই জায়গাটি আপনার শহরের আসল জায়গা দিয়ে বদলাতে হবে।

badge-open = এখন খোলা
badge-open-until = { $time } পর্যন্ত খোলা
badge-closed = বন্ধ
badge-closed-opens-today = বন্ধ, { $time } টায় খুলবে
badge-closed-opens-tomorrow = বন্ধ, আগামীকাল { $time } টায় খুলবে
badge-closed-opens-day = বন্ধ, { $day } { $time } টায় খুলবে
badge-closed-until = { $date } { $month ->
        [1] জানুয়ারি
        [2] ফেব্রুয়ারি
        [3] মার্চ
        [4] এপ্রিল
        [5] মে
        [6] জুন
        [7] জুলাই
        [8] আগস্ট
        [9] সেপ্টেম্বর
        [10] অক্টোবর
        [11] নভেম্বর
       *[12] ডিসেম্বর
    } পর্যন্ত বন্ধ
badge-unknown = সময়সূচি যাচাই করুন

day-1 = সোমবার
day-2 = মঙ্গলবার
day-3 = বুধবার
day-4 = বৃহস্পতিবার
day-5 = শুক্রবার
day-6 = শনিবার
day-7 = রবিবার

emergency-title = জরুরি
emergency-intro = যেকোনো ফোন থেকে, দিনরাত, বিনামূল্যে কল করুন।
emergency-112 = ইউরোপের জরুরি নম্বর, যেকোনো দেশ থেকে
emergency-15 = SAMU: জরুরি চিকিৎসা, অ্যাম্বুলেন্স
emergency-17 = পুলিশ
emergency-18 = দমকল: আগুন, দুর্ঘটনা
emergency-114 = যাঁরা শুনতে পান না বা কম শোনেন: লিখিত বার্তা বা ভিডিও কলের মাধ্যমে
emergency-115 = গৃহহীন মানুষ: জরুরি আশ্রয়
emergency-119 = বিপদে থাকা শিশু
emergency-3919 = নারীর প্রতি সহিংসতা: নাম গোপন রেখে কথা বলার সুযোগ
emergency-3114 = আত্মহত্যার চিন্তা: আত্মহত্যা প্রতিরোধ

help-title = এই যন্ত্রটি কীভাবে ব্যবহার করবেন
help-step-touch = বেছে নিতে একটি ছবি স্পর্শ করুন। একবার স্পর্শ করলেই হবে।
help-step-back = পিছনে: আগের পর্দায় ফিরে যান।
help-step-home = মূল পাতা: আবার গোড়া থেকে শুরু করুন।
help-step-language = ভাষা: যেকোনো সময় অন্য ভাষা বেছে নিন।
help-step-display = প্রদর্শন: বড় লেখা বা উচ্চ বৈপরীত্য।
help-step-emergency = জরুরি: বিপদে পড়লে যে নম্বরে কল করবেন।
help-step-privacy = কিছুই রাখা হয় না: আপনি চলে গেলে যন্ত্রটি সবকিছু মুছে ফেলে।
help-person-title = একজন মানুষের সঙ্গে কথা বলুন

idle-title = আপনি কি এখনও আছেন?
idle-countdown = { $count ->
    [one] { $count } সেকেন্ডের মধ্যে যন্ত্রটি সবকিছু মুছে ফেলবে।
   *[other] { $count } সেকেন্ডের মধ্যে যন্ত্রটি সবকিছু মুছে ফেলবে।
}
idle-continue = চালিয়ে যান

fallback-french = এখনও অনুবাদ হয়নি: লেখাটি ফরাসি ভাষায়

ticket-button = আমার টিকিট
ticket-title = আপনার টিকিট
ticket-number = টিকিট নং { $number }
ticket-show = এই জায়গাগুলোর কোনো একটিতে একজন মানুষকে এই কোডটি দেখান: তিনি এটি পড়ে আপনাকে সাহায্য করতে পারবেন।
ticket-photo = আপনি ফোনে এর ছবি তুলে রাখতে পারেন। এতে আপনার সম্পর্কে কোনো তথ্য নেই।
ticket-print = আমার টিকিট প্রিন্ট করুন
ticket-printing = টিকিট প্রিন্ট হচ্ছে…
ticket-printed = আপনার টিকিট প্রিন্ট হয়েছে। প্রিন্টার থেকে নিয়ে নিন।
ticket-print-no-paper = প্রিন্টারে কাগজ নেই। ফোনে কোডটির ছবি তুলুন, অথবা এই পর্দাটি কাউকে দেখান।
ticket-print-failed = প্রিন্টারটি এখন কাজ করছে না। ফোনে কোডটির ছবি তুলুন, অথবা এই পর্দাটি কাউকে দেখান।
mediator-title = একজন আপনার টিকিট পড়ছেন
mediator-answers = আপনার উত্তরগুলো
mediator-continue = চালিয়ে যান
mediator-end = শেষ করুন
mediator-unreadable = এই যন্ত্রে এই টিকিটটি পড়া যাচ্ছে না।
mediator-discreet = আপনার উত্তরগুলো টিকিটে লেখা নেই, যাতে অন্য কেউ সেগুলো পড়তে না পারে। আপনি কী খুঁজছেন তা এই মানুষটিকে বলতে পারেন।
update-title = যন্ত্রটি আপডেট হচ্ছে
update-wait = USB পেনড্রাইভটি বের করবেন না।
update-step-verify = স্বাক্ষর যাচাই করা হচ্ছে
update-step-unpack = আপডেট খোলা হচ্ছে
update-step-check = বিষয়বস্তু যাচাই করা হচ্ছে
update-step-compile = বিষয়বস্তু প্রস্তুত করা হচ্ছে
update-step-switch = নতুন বিষয়বস্তু চালু করা হচ্ছে
update-applied = নতুন বিষয়বস্তু ইনস্টল হয়েছে।
update-refused = আপডেটটি ইনস্টল হয়নি। যন্ত্রটিতে আগের বিষয়বস্তুই থাকছে। কারণটি USB পেনড্রাইভের রিপোর্টে লেখা আছে।
update-nothing = এই USB পেনড্রাইভে কোনো আপডেট নেই।
update-stats = পরিসংখ্যান USB পেনড্রাইভে কপি করা হয়েছে।
update-write-failed = রিপোর্ট লেখা যায়নি: USB পেনড্রাইভটি লেখা-সুরক্ষিত অথবা ভর্তি।
update-remove = এখন আপনি USB পেনড্রাইভটি বের করতে পারেন।

speech-phone = ফোন: { $number }
speech-no-voice = এই স্ক্রিনটি এখনও এই ভাষায় জোরে পড়ে শোনানো যায় না। আপনি ফরাসি বা ইংরেজিতে শুনতে পারেন।
listen-no-voice = এই ভাষায় এখনও কোনো কণ্ঠ নেই: ফরাসি ও ইংরেজিতে শুনুন।
keypad-help = কিপ্যাড: উপরে ও নিচের তীর, অথবা ৮ ও ২, এক বোতাম থেকে আরেক বোতামে যায়। মাঝের বোতাম, ৫, অথবা এন্টার বোতাম চাপে। ০ পিছনে যায়, ৭ শুরুতে যায়। যোগ ও বিয়োগ আওয়াজ ঠিক করে। তারা চিহ্ন এই সাহায্য আবার শোনায়।
keypad-welcome = হেডফোন লাগানো হয়েছে: কিয়স্ক পর্দা জোরে পড়ে শোনায়। কিপ্যাড কীভাবে ব্যবহার করবেন জানতে তারা চিহ্নের বোতাম চাপুন।
listen-headphones = শুনতে হেডফোন লাগান।
quick-exit = দ্রুত বের হন
start-over = আবার শুরু করুন
service-checked = { $date } তারিখে যাচাই করা হয়েছে
service-accessible = হুইলচেয়ারে প্রবেশযোগ্য
service-not-accessible = হুইলচেয়ারে প্রবেশযোগ্য নয়
result-stale-hidden = { $count }টি জায়গা দেখানো হচ্ছে না: এর তথ্য অনেক দিন যাচাই করা হয়নি। একজন কর্মীকে জিজ্ঞাসা করুন (সাহায্য বোতাম)।

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = সোমবার
hours-day-2 = মঙ্গলবার
hours-day-3 = বুধবার
hours-day-4 = বৃহস্পতিবার
hours-day-5 = শুক্রবার
hours-day-6 = শনিবার
hours-day-7 = রবিবার
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = দিনরাত খোলা
hours-public-holidays-closed = সরকারি ছুটির দিনে বন্ধ

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = শহর
offers-filter-rooms = ঘর
offers-filter-rent = ভাড়া
offers-filter-wheelchair = হুইলচেয়ার
offers-all = সব
offers-clear-filters = সব দেখান
offers-count = { $count ->
    [0] এই পছন্দগুলোর সঙ্গে মেলে এমন কোনো বাসা নেই
    [one] 1টি বাসা
   *[other] { $count }টি বাসা
}
offers-page = { $first } থেকে { $last }, মোট { $count }টি
offers-previous = আগেরগুলো
offers-next = পরেরগুলো
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = মাসে { $amount }, সার্ভিস চার্জসহ
offers-floor = { $floor ->
    [0] নিচতলা
    [1] দোতলা
    [2] তিনতলা
    [3] চারতলা
    [4] পাঁচতলা
    [5] ছয়তলা
    [6] সাততলা
    [7] আটতলা
    [8] নয়তলা
    [9] দশতলা
    [10] এগারোতলা
   *[other] নিচতলা থেকে { $floor } তলা ওপরে
}
offers-floor-lift = { $floor }, লিফট আছে
offers-floor-no-lift = { $floor }, লিফট নেই
offers-energy = এনার্জি { $label }
offers-energy-scale = { $label } (A থেকে G পর্যন্ত: A খুব কম শক্তি খরচ করে, G খুব বেশি)
offers-wheelchair-yes = হুইলচেয়ারের উপযোগী
offers-wheelchair-no = হুইলচেয়ারের উপযোগী নয়
offers-available-now = এখনই খালি
offers-available-from = { $date } থেকে খালি
offers-rooms = { $rooms ->
    [one] 1টি ঘর
   *[other] { $rooms }টি ঘর
}
offers-rooms-or-more = { $rooms }টি বা তার বেশি ঘর
offers-surface = { $surface } m²
offers-up-to = সর্বোচ্চ { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = কোন শহরে?
offers-pick-rooms = কয়টি ঘর?
offers-pick-rent = সার্ভিস চার্জসহ সর্বোচ্চ কত ভাড়া?
offers-no-photo = কোনো ছবি নেই
offers-photo = ছবি { $n }, মোট { $count }টি
offers-photo-previous = আগের ছবি
offers-photo-next = পরের ছবি
offers-how-to-apply = কীভাবে আবেদন করবেন
offers-apply-title = এই বাসার জন্য আবেদন করুন
offers-apply-text = { $landlord }-এর কাছে আবেদন করুন এবং রেফারেন্স নম্বর { $reference } দিন। আপনার একটি নিবন্ধিত সামাজিক আবাসনের আবেদনও থাকতে হবে। নিচের কাগজপত্র নিয়ে আসুন। আপনার টিকিট দেখে একজন মানুষ আপনাকে সাহায্য করতে পারবেন।
offers-fact-rent = ভাড়া
offers-fact-charges = সার্ভিস চার্জ
offers-fact-rooms = ঘর
offers-fact-surface = আয়তন
offers-fact-floor = তলা
offers-fact-access = প্রবেশ
offers-fact-energy = এনার্জি
offers-fact-available = কবে খালি
offers-fact-landlord = বাড়ির মালিক
offers-fact-reference = রেফারেন্স

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = হ্যাঁ
elig-no = না
elig-year-up-to = বছরে { $max } € পর্যন্ত (মাসে প্রায় { $max-month } €)
elig-year-between = বছরে { $min } € থেকে { $max } € (মাসে প্রায় { $min-month } থেকে { $max-month } €)
elig-year-above = বছরে { $min } € বা তার বেশি (মাসে প্রায় { $min-month } €)
elig-month-up-to = মাসে { $max } € পর্যন্ত
elig-month-between = মাসে { $min } € থেকে { $max } €
elig-month-above = মাসে { $min } € বা তার বেশি

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = আপনার ফোনে চালিয়ে যান
online-button-label = আপনার ফোনে চালিয়ে যান: { $name }
online-scan = আপনার ফোনের ক্যামেরা খুলে এই কোডের দিকে ধরুন: সরকারি সাইট খুলবে। আপনি নিজের ফোনে, নিজের গতিতে কাজটি চালিয়ে যাবেন।
online-asks = সাইট আপনার কাছে যা চাইবে
online-private = কোডে শুধু সরকারি সাইটের ঠিকানা আছে, আপনার সম্পর্কে কিছু নেই।
