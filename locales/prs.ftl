# Dari (Afghan Persian) — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = برای شروع، صفحه را لمس کنید

nav-back = برگشت
nav-home = خانه
nav-language = زبان
nav-display = نمایش
nav-help = کمک
nav-emergency = عاجل
nav-listen = شنیدن

crumbs-label = انتخاب‌های شما
language-title = زبان خود را انتخاب کنید

display-contrast = تضاد رنگ زیاد
display-text-size = اندازه نوشته
display-on = روشن
display-off = خاموش
display-size-normal = عادی
display-size-large = کلان
display-size-largest = بسیار کلان
display-volume = بلندی صدا
display-volume-level = { $count } / 5

result-documents = اسنادی که باید بیاورید
result-where = کجا بروید
service-example = مثال: این محل باید با محل واقعی در شهر شما عوض شود.

badge-open = حالا باز است
badge-open-until = تا ساعت { $time } باز است
badge-closed = بسته است
badge-closed-opens-today = بسته است، ساعت { $time } باز می‌شود
badge-closed-opens-tomorrow = بسته است، فردا ساعت { $time } باز می‌شود
badge-closed-opens-day = بسته است، { $day } ساعت { $time } باز می‌شود
badge-closed-until = بسته است تا { $date } { $month ->
        [1] جنوری
        [2] فبروری
        [3] مارچ
        [4] اپریل
        [5] می
        [6] جون
        [7] جولای
        [8] اگست
        [9] سپتمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    }
badge-unknown = ساعات کاری را بررسی کنید

day-1 = دوشنبه
day-2 = سه‌شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه

emergency-title = عاجل
emergency-intro = به طور مجانی، شب و روز، از هر تلیفون زنگ بزنید.
emergency-112 = شماره عاجل اروپایی، از همه کشورها
emergency-15 = SAMU: عاجل صحی و امبولانس
emergency-17 = پولیس
emergency-18 = اطفائیه: آتش‌سوزی، حادثه
emergency-114 = افراد ناشنوا یا کم‌شنوا: با پیام کوتاه یا تماس ویدیویی
emergency-115 = افراد بی‌سرپناه: جای خواب عاجل
emergency-119 = طفل در خطر
emergency-3919 = خشونت علیه زنان: گوش دادن بدون ذکر نام
emergency-3114 = افکار خودکشی: جلوگیری از خودکشی

help-title = طرز استفاده از این دستگاه
help-step-touch = برای انتخاب، یک تصویر را لمس کنید. یک بار لمس کافی است.
help-step-back = برگشت: رفتن به صفحه قبلی.
help-step-home = خانه: شروع دوباره از اول.
help-step-language = زبان: انتخاب زبان دیگر در هر وقت.
help-step-display = نمایش: نوشته کلان‌تر یا تضاد رنگ زیاد.
help-step-emergency = عاجل: شماره‌هایی که در وقت خطر به آن زنگ بزنید.
help-step-privacy = هیچ چیز نگه داشته نمی‌شود: وقتی می‌روید، دستگاه همه چیز را پاک می‌کند.
help-person-title = صحبت با یک شخص

idle-title = آیا هنوز اینجا هستید؟
idle-countdown = { $count ->
    [one] دستگاه در { $count } ثانیه همه چیز را پاک می‌کند.
   *[other] دستگاه در { $count } ثانیه همه چیز را پاک می‌کند.
}
idle-continue = ادامه

fallback-french = هنوز ترجمه نشده: متن به زبان فرانسوی

ticket-button = تکت من
ticket-title = تکت شما
ticket-number = تکت شماره { $number }
ticket-show = این کود را به یک شخص در یکی از این محل‌ها نشان بدهید: او می‌تواند آن را بخواند و به شما کمک کند.
ticket-photo = می‌توانید با تلیفون خود از آن عکس بگیرید. در آن هیچ معلوماتی در باره شما نیست.
ticket-print = چاپ تکت من
ticket-printing = تکت چاپ می‌شود…
ticket-printed = تکت شما چاپ شد. آن را از پرنتر بگیرید.
ticket-print-no-paper = پرنتر کاغذ ندارد. با تلیفون خود از کود عکس بگیرید، یا این صفحه را به یک شخص نشان بدهید.
ticket-print-failed = پرنتر فعلاً کار نمی‌کند. با تلیفون خود از کود عکس بگیرید، یا این صفحه را به یک شخص نشان بدهید.
mediator-title = یک شخص تکت شما را می‌خواند
mediator-answers = جواب‌های شما
mediator-continue = ادامه
mediator-end = ختم
mediator-unreadable = این تکت در این دستگاه خوانده نمی‌شود.
mediator-discreet = جواب‌های شما روی تکت نوشته نشده است تا کس دیگری نتواند آن‌ها را بخواند. می‌توانید به این شخص بگویید که به دنبال چه هستید.
update-title = به‌روزرسانی دستگاه
update-wait = لطفاً فلش USB را بیرون نکشید.
update-step-verify = بررسی امضا
update-step-unpack = باز کردن به‌روزرسانی
update-step-check = بررسی محتوا
update-step-compile = آماده کردن محتوا
update-step-switch = رفتن به محتوای جدید
update-applied = محتوای جدید نصب شد.
update-refused = به‌روزرسانی نصب نشد. دستگاه محتوای فعلی خود را نگه می‌دارد. دلیل آن در گزارشی که روی فلش USB است نوشته شده.
update-nothing = در این فلش USB هیچ به‌روزرسانی نیست.
update-stats = آمار روی فلش USB کاپی شد.
update-write-failed = گزارش نوشته نشد: فلش USB در برابر نوشتن قفل است یا پر است.
update-remove = می‌توانید فلش USB را بیرون بکشید.

speech-phone = تلیفون: { $number }
speech-no-voice = این صفحه هنوز به این زبان با صدا خوانده نمی‌شود. می‌توانید به فرانسوی یا انگلیسی گوش کنید.
listen-no-voice = هنوز صدایی به این زبان نیست: شنیدن به فرانسوی و انگلیسی.
keypad-help = صفحه‌کلید: تیرهای بالا و پایین، یا ۸ و ۲، از یک دکمه به دکمهٔ دیگر می‌روند. کلید وسط، ۵، یا اینتر دکمه را فشار می‌دهد. ۰ به عقب برمی‌گردد، ۷ به صفحهٔ اصلی. جمع و منفی صدا را تنظیم می‌کنند. ستاره این رهنمایی را تکرار می‌کند.
keypad-welcome = گوشی وصل شد: دستگاه صفحه را با صدای بلند می‌خواند. برای دانستن طرز استفاده، کلید ستاره را فشار دهید.
listen-headphones = برای شنیدن، گوشی را وصل کنید.
quick-exit = خروج سریع
start-over = از نو شروع کنید
service-checked = بررسی شده در { $date }
service-accessible = با ویلچر قابل دسترسی است
service-not-accessible = با ویلچر قابل دسترسی نیست
result-stale-hidden = { $count } مکان نشان داده نمی‌شود: معلومات آن مدت زیادی بررسی نشده است. از یک کارمند بپرسید (دکمهٔ کمک).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = دوشنبه
hours-day-2 = سه‌شنبه
hours-day-3 = چهارشنبه
hours-day-4 = پنجشنبه
hours-day-5 = جمعه
hours-day-6 = شنبه
hours-day-7 = یکشنبه
hours-time = { $hour }:{ $mm }
hours-range = از { $from } تا { $to }
hours-days = { $first }–{ $last }
hours-list = { $list }، { $item }
hours-line = { $days }: { $hours }
hours-all-day = شبانه‌روزی باز است
hours-public-holidays-closed = در روزهای رخصتی رسمی بسته است

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = شهر
offers-filter-rooms = اتاق‌ها
offers-filter-rent = کرایه
offers-filter-wheelchair = ویلچر
offers-all = همه
offers-clear-filters = همه را نشان بدهید
offers-count = { $count ->
    [0] هیچ خانه‌ای با این انتخاب‌ها جور نمی‌آید
    [one] یک خانه
   *[other] { $count } خانه
}
offers-page = { $first } تا { $last } از { $count }
offers-previous = قبلی
offers-next = بعدی
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } در ماه، همراه با مصارف
offers-floor = { $floor ->
    [0] طبقهٔ همکف
    [1] طبقهٔ اول
    [2] طبقهٔ دوم
    [3] طبقهٔ سوم
    [4] طبقهٔ چهارم
    [5] طبقهٔ پنجم
   *[other] طبقهٔ { $floor }
}
offers-floor-lift = { $floor }، با آسانسور
offers-floor-no-lift = { $floor }، بدون آسانسور
offers-energy = انرژی { $label }
offers-energy-scale = { $label } (از A، مصرف انرژی خیلی کم، تا G، مصرف انرژی خیلی زیاد)
offers-wheelchair-yes = برای ویلچر مناسب است
offers-wheelchair-no = برای ویلچر مناسب نیست
offers-available-now = حالا خالی است
offers-available-from = از { $date } خالی است
offers-rooms = { $rooms ->
    [one] یک اتاق
   *[other] { $rooms } اتاق
}
offers-rooms-or-more = { $rooms } اتاق یا بیشتر
offers-surface = { $surface } m²
offers-up-to = تا { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = در کدام شهر؟
offers-pick-rooms = چند اتاق؟
offers-pick-rent = کرایه تا چه اندازه، همراه با مصارف؟
offers-no-photo = عکس ندارد
offers-photo = عکس { $n } از { $count }
offers-photo-previous = عکس قبلی
offers-photo-next = عکس بعدی
offers-how-to-apply = چطور درخواست بدهید
offers-apply-title = درخواست این خانه
offers-apply-text = درخواست خود را به { $landlord } بدهید و شمارهٔ مرجع { $reference } را بگویید. همچنین باید یک درخواست ثبت‌شده برای مسکن اجتماعی داشته باشید. اسنادی را که در پایین آمده است بیاورید. با تکت شما، یک شخص می‌تواند به شما کمک کند.
offers-fact-rent = کرایه
offers-fact-charges = مصارف
offers-fact-rooms = اتاق‌ها
offers-fact-surface = مساحت
offers-fact-floor = طبقه
offers-fact-access = دسترسی
offers-fact-energy = انرژی
offers-fact-available = زمان خالی شدن
offers-fact-landlord = مالک
offers-fact-reference = شمارهٔ مرجع

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = بلی
elig-no = نخیر
elig-year-up-to = تا { $max } € در سال (حدود { $max-month } € در ماه)
elig-year-between = از { $min } € تا { $max } € در سال (حدود { $min-month } تا { $max-month } € در ماه)
elig-year-above = { $min } € یا بیشتر در سال (حدود { $min-month } € در ماه)
elig-month-up-to = تا { $max } € در ماه
elig-month-between = از { $min } € تا { $max } € در ماه
elig-month-above = { $min } € یا بیشتر در ماه

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = در تلفون خود ادامه دهید
online-button-label = در تلفون خود ادامه دهید: { $name }
online-scan = کمرهٔ تلفون خود را باز کنید و به سوی این کد بگیرید: سایت رسمی باز می‌شود. کار را در تلفون خود، به آهستگی خود، ادامه می‌دهید.
online-asks = آنچه سایت از شما می‌خواهد
online-private = این کد فقط آدرس سایت رسمی را دارد، هیچ چیزی دربارهٔ شما ندارد.
