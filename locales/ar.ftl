# Arabic — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = يُرجى لمس الشاشة للبدء

nav-back = رجوع
nav-home = الرئيسية
nav-language = اللغة
nav-display = العرض
nav-help = مساعدة
nav-emergency = طوارئ
nav-listen = استماع

crumbs-label = اختياراتك
language-title = اختيار اللغة

display-contrast = تباين عالٍ
display-text-size = حجم النص
display-on = مُفعَّل
display-off = مُعطَّل
display-size-normal = عادي
display-size-large = كبير
display-size-largest = كبير جدًا
display-volume = مستوى الصوت
display-volume-level = { $count } / 5

result-documents = الوثائق التي يجب إحضارها
result-where = أين يجب الذهاب
service-example = مثال: يجب استبدال هذا المكان بالمكان الحقيقي في مدينتك.

badge-open = مفتوح الآن
badge-open-until = مفتوح حتى الساعة { $time }
badge-closed = مغلق
badge-closed-opens-today = مغلق، يفتح الساعة { $time }
badge-closed-opens-tomorrow = مغلق، يفتح غدًا الساعة { $time }
badge-closed-opens-day = مغلق، يفتح يوم { $day } الساعة { $time }
badge-closed-until = مغلق حتى { $date } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    }
badge-unknown = يُرجى التأكد من المواعيد

day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد

emergency-title = طوارئ
emergency-intro = الاتصال مجاني، ليلًا ونهارًا، من أي هاتف.
emergency-112 = رقم الطوارئ الأوروبي، من جميع البلدان
emergency-15 = SAMU: الإسعاف والطوارئ الطبية
emergency-17 = الشرطة أو الدرك
emergency-18 = رجال الإطفاء: حريق أو حادث
emergency-114 = للأشخاص الصُّم أو ضعاف السمع: عبر رسالة نصية أو مكالمة فيديو
emergency-115 = للأشخاص بلا مأوى: إيواء عاجل
emergency-119 = طفل في خطر
emergency-3919 = العنف ضد المرأة: استماع سري دون ذكر الاسم
emergency-3114 = أفكار انتحارية: الوقاية من الانتحار

help-title = كيفية استخدام هذا الجهاز
help-step-touch = للاختيار، يكفي لمس الصورة مرة واحدة.
help-step-back = رجوع: العودة إلى الشاشة السابقة.
help-step-home = الرئيسية: البدء من جديد.
help-step-language = اللغة: اختيار لغة أخرى في أي وقت.
help-step-display = العرض: نص أكبر أو تباين عالٍ.
help-step-emergency = طوارئ: الأرقام التي يمكن الاتصال بها عند الخطر.
help-step-privacy = لا يُحفَظ أي شيء: عند مغادرتك، يمحو الجهاز كل شيء.
help-person-title = التحدث إلى شخص

idle-title = هل ما زلت هنا؟
idle-countdown = { $count ->
    [zero] سيمحو الجهاز كل شيء بعد { $count } ثانية.
    [one] سيمحو الجهاز كل شيء بعد ثانية واحدة.
    [two] سيمحو الجهاز كل شيء بعد ثانيتين.
    [few] سيمحو الجهاز كل شيء بعد { $count } ثوانٍ.
    [many] سيمحو الجهاز كل شيء بعد { $count } ثانية.
   *[other] سيمحو الجهاز كل شيء بعد { $count } ثانية.
}
idle-continue = متابعة

fallback-french = لم تُترجَم بعد: النص بالفرنسية

ticket-button = تذكرتي
ticket-title = تذكرتك
ticket-number = تذكرة رقم { $number }
ticket-show = اعرض هذا الرمز على شخص في أحد هذه الأماكن: يمكنه قراءته ومساعدتك.
ticket-photo = يمكنك تصويره بهاتفك. لا يحتوي على أي معلومات عنك.
ticket-print = طباعة تذكرتي
ticket-printing = جارٍ طباعة التذكرة…
ticket-printed = تمت طباعة تذكرتك. خذها من الطابعة.
ticket-print-no-paper = لا يوجد ورق في الطابعة. صوّر الرمز بهاتفك، أو اعرض هذه الشاشة على شخص ما.
ticket-print-failed = الطابعة لا تعمل الآن. صوّر الرمز بهاتفك، أو اعرض هذه الشاشة على شخص ما.
mediator-title = شخص ما يقرأ تذكرتك
mediator-answers = إجاباتك
mediator-continue = متابعة
mediator-end = إنهاء
mediator-unreadable = لا يمكن قراءة هذه التذكرة على هذا الجهاز.
mediator-discreet = إجاباتك غير مكتوبة على التذكرة، حتى لا يتمكن أحد غيرك من قراءتها. يمكنك أن تخبر هذا الشخص بما تبحث عنه.
update-title = تحديث الجهاز
update-wait = يُرجى عدم إزالة ذاكرة USB.
update-step-verify = التحقق من التوقيع
update-step-unpack = فتح التحديث
update-step-check = التحقق من المحتوى
update-step-compile = تجهيز المحتوى
update-step-switch = الانتقال إلى المحتوى الجديد
update-applied = تم تثبيت المحتوى الجديد.
update-refused = لم يتم تثبيت التحديث. يحتفظ الجهاز بمحتواه الحالي. السبب مكتوب في التقرير الموجود على ذاكرة USB.
update-nothing = لا يوجد تحديث على ذاكرة USB هذه.
update-stats = تم نسخ الإحصائيات إلى ذاكرة USB.
update-write-failed = تعذّرت كتابة التقرير: ذاكرة USB محمية ضد الكتابة أو ممتلئة.
update-remove = يمكنك إزالة ذاكرة USB.

speech-phone = الهاتف: { $number }
speech-no-voice = لا يمكن قراءة هذه الشاشة بصوت عالٍ بهذه اللغة بعد. يمكنك الاستماع بالفرنسية أو بالإنجليزية.
listen-no-voice = لا يوجد صوت بهذه اللغة بعد: الاستماع بالفرنسية والإنجليزية.
keypad-help = لوحة المفاتيح: السهمان أعلى وأسفل، أو 8 و2، ينتقلان من زر إلى آخر. المفتاح الأوسط 5 أو مفتاح الإدخال يضغط على الزر. 0 للرجوع، 7 للصفحة الرئيسية. الزائد والناقص لضبط الصوت. النجمة تعيد هذه المساعدة.
keypad-welcome = السماعات موصولة: يقرأ الجهاز الشاشة بصوت عالٍ. اضغط على مفتاح النجمة لتعرف كيف تستعمل لوحة المفاتيح.
listen-headphones = صِل سماعات الرأس للاستماع.
quick-exit = خروج سريع
start-over = البدء من جديد
service-checked = تم التحقق في { $date }
service-accessible = يمكن الوصول بالكرسي المتحرك
service-not-accessible = لا يمكن الوصول بالكرسي المتحرك
result-stale-hidden = لا يُعرض { $count } من الأماكن: لم يتم التحقق من معلوماتها منذ وقت طويل. اسأل أحد الموظفين (زر المساعدة).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = الاثنين
hours-day-2 = الثلاثاء
hours-day-3 = الأربعاء
hours-day-4 = الخميس
hours-day-5 = الجمعة
hours-day-6 = السبت
hours-day-7 = الأحد
hours-time = { $hour }:{ $mm }
hours-range = من { $from } إلى { $to }
hours-days = { $first }–{ $last }
hours-list = { $list }، { $item }
hours-line = { $days }: { $hours }
hours-all-day = على مدار 24 ساعة
hours-public-holidays-closed = مغلق في أيام العطل الرسمية

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = البلدية
offers-filter-rooms = الغرف
offers-filter-rent = الإيجار
offers-filter-wheelchair = الكرسي المتحرك
offers-all = الكل
offers-clear-filters = عرض الكل
offers-count = { $count ->
    [0] لا يوجد مسكن يناسب هذه الاختيارات
    [zero] لا يوجد مسكن يناسب هذه الاختيارات
    [one] مسكن واحد
    [two] مسكنان
    [few] { $count } مساكن
    [many] { $count } مسكنًا
   *[other] { $count } مسكن
}
offers-page = { $first } إلى { $last } من { $count }
offers-previous = السابق
offers-next = التالي
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } في الشهر، شاملة المصاريف
offers-floor = { $floor ->
    [0] الطابق الأرضي
    [1] الطابق الأول
    [2] الطابق الثاني
    [3] الطابق الثالث
    [4] الطابق الرابع
    [5] الطابق الخامس
   *[other] الطابق { $floor }
}
offers-floor-lift = { $floor }، مع مصعد
offers-floor-no-lift = { $floor }، بدون مصعد
offers-energy = الطاقة { $label }
offers-energy-scale = { $label } (من A، استهلاك قليل جدًا للطاقة، إلى G، استهلاك كبير جدًا)
offers-wheelchair-yes = مناسب للكرسي المتحرك
offers-wheelchair-no = غير مناسب للكرسي المتحرك
offers-available-now = متاح الآن
offers-available-from = متاح ابتداءً من { $date }
offers-rooms = { $rooms ->
    [zero] { $rooms } غرفة
    [one] غرفة واحدة
    [two] غرفتان
    [few] { $rooms } غرف
    [many] { $rooms } غرفة
   *[other] { $rooms } غرفة
}
offers-rooms-or-more = { $rooms ->
    [few] { $rooms } غرف أو أكثر
   *[other] { $rooms } غرفة أو أكثر
}
offers-surface = { $surface } m²
offers-up-to = حتى { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = في أي بلدية؟
offers-pick-rooms = كم عدد الغرف؟
offers-pick-rent = ما أقصى إيجار، شاملًا المصاريف؟
offers-no-photo = لا توجد صورة
offers-photo = الصورة { $n } من { $count }
offers-photo-previous = الصورة السابقة
offers-photo-next = الصورة التالية
offers-how-to-apply = كيف تقدّم طلبًا
offers-apply-title = طلب هذا المسكن
offers-apply-text = قدّم طلبك إلى { $landlord } واذكر المرجع { $reference }. يجب أيضًا أن يكون لديك طلب سكن اجتماعي مسجّل. أحضر الوثائق المذكورة أدناه. بفضل تذكرتك، يمكن لشخص أن يساعدك.
offers-fact-rent = الإيجار
offers-fact-charges = المصاريف
offers-fact-rooms = الغرف
offers-fact-surface = المساحة
offers-fact-floor = الطابق
offers-fact-access = الوصول
offers-fact-energy = الطاقة
offers-fact-available = التوفر
offers-fact-landlord = المؤجر
offers-fact-reference = المرجع

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = نعم
elig-no = لا
elig-year-up-to = حتى { $max } € في السنة (حوالي { $max-month } € في الشهر)
elig-year-between = من { $min } € إلى { $max } € في السنة (حوالي { $min-month } إلى { $max-month } € في الشهر)
elig-year-above = { $min } € أو أكثر في السنة (حوالي { $min-month } € في الشهر)
elig-month-up-to = حتى { $max } € في الشهر
elig-month-between = من { $min } € إلى { $max } € في الشهر
elig-month-above = { $min } € أو أكثر في الشهر

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = تابع على هاتفك
online-button-label = تابع على هاتفك: { $name }
online-scan = افتح كاميرا هاتفك ووجّهها نحو هذا الرمز: سيفتح الموقع الرسمي. تتابع الإجراء على هاتفك، على مهلك.
online-asks = ما سيطلبه منك الموقع
online-private = لا يحتوي الرمز إلا على عنوان الموقع الرسمي، ولا شيء عنك.
