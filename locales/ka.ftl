# Georgian — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = დასაწყებად შეეხეთ ეკრანს

nav-back = უკან
nav-home = მთავარი
nav-language = ენა
nav-display = ეკრანი
nav-help = დახმარება
nav-emergency = გადაუდებელი
nav-listen = მოსმენა

crumbs-label = თქვენი არჩევანი
language-title = აირჩიეთ ენა

display-contrast = მაღალი კონტრასტი
display-text-size = ტექსტის ზომა
display-on = ჩართულია
display-off = გამორთულია
display-size-normal = ჩვეულებრივი
display-size-large = დიდი
display-size-largest = ძალიან დიდი
display-volume = ხმა
display-volume-level = { $count } / 5

result-documents = წასაღები დოკუმენტები
result-where = სად მიხვიდეთ
service-example = მაგალითი: ეს ადგილი უნდა შეიცვალოს თქვენი ქალაქის ნამდვილი ადგილით.

badge-open = ახლა ღიაა
badge-open-until = ღიაა { $time }-მდე
badge-closed = დახურულია
badge-closed-opens-today = დახურულია, გაიხსნება { $time }-ზე
badge-closed-opens-tomorrow = დახურულია, გაიხსნება ხვალ { $time }-ზე
badge-closed-opens-day = დახურულია, გაიხსნება: { $day }, { $time }
badge-closed-until = დახურულია { $date } { $month ->
        [1] იანვრამდე
        [2] თებერვლამდე
        [3] მარტამდე
        [4] აპრილამდე
        [5] მაისამდე
        [6] ივნისამდე
        [7] ივლისამდე
        [8] აგვისტომდე
        [9] სექტემბრამდე
        [10] ოქტომბრამდე
        [11] ნოემბრამდე
       *[12] დეკემბრამდე
    }
badge-unknown = გადაამოწმეთ სამუშაო საათები

day-1 = ორშაბათი
day-2 = სამშაბათი
day-3 = ოთხშაბათი
day-4 = ხუთშაბათი
day-5 = პარასკევი
day-6 = შაბათი
day-7 = კვირა

emergency-title = გადაუდებელი დახმარება
emergency-intro = დარეკეთ უფასოდ, დღე და ღამე, ნებისმიერი ტელეფონიდან.
emergency-112 = ევროპული გადაუდებელი ნომერი, ნებისმიერი ქვეყნიდან
emergency-15 = SAMU: სასწრაფო სამედიცინო დახმარება
emergency-17 = პოლიცია ან ჟანდარმერია
emergency-18 = მეხანძრეები: ხანძარი, უბედური შემთხვევა
emergency-114 = ყრუ ან სმენადაქვეითებული ადამიანებისთვის: ტექსტური შეტყობინებით ან ვიდეოზარით
emergency-115 = უსახლკარო ადამიანებისთვის: გადაუდებელი თავშესაფარი
emergency-119 = ბავშვი საფრთხეშია
emergency-3919 = ქალთა მიმართ ძალადობა: ანონიმური ცხელი ხაზი
emergency-3114 = სუიციდური ფიქრები: თვითმკვლელობის პრევენცია

help-title = როგორ გამოვიყენოთ ტერმინალი
help-step-touch = ასარჩევად შეეხეთ სურათს. ერთი შეხებაც საკმარისია.
help-step-back = უკან: წინა ეკრანზე დაბრუნება.
help-step-home = მთავარი: თავიდან დაწყება.
help-step-language = ენა: სხვა ენის არჩევა ნებისმიერ დროს.
help-step-display = ეკრანი: უფრო დიდი ტექსტი ან მაღალი კონტრასტი.
help-step-emergency = გადაუდებელი: ნომრები, რომლებზეც საფრთხის დროს უნდა დარეკოთ.
help-step-privacy = არაფერი ინახება: როცა წახვალთ, ტერმინალი ყველაფერს წაშლის.
help-person-title = ადამიანთან საუბარი

idle-title = ისევ აქ ხართ?
idle-countdown = { $count ->
    [one] ტერმინალი ყველაფერს წაშლის { $count } წამში.
   *[other] ტერმინალი ყველაფერს წაშლის { $count } წამში.
}
idle-continue = გაგრძელება

fallback-french = ჯერ არ არის თარგმნილი: ტექსტი ფრანგულად

ticket-button = ჩემი ბილეთი
ticket-title = თქვენი ბილეთი
ticket-number = ბილეთი № { $number }
ticket-show = აჩვენეთ ეს კოდი ადამიანს ერთ-ერთ ამ ადგილას: მას შეეძლება მისი წაკითხვა და თქვენი დახმარება.
ticket-photo = შეგიძლიათ ტელეფონით გადაუღოთ მას ფოტო. მასში არ არის არანაირი ინფორმაცია თქვენ შესახებ.
ticket-print = ჩემი ბილეთის დაბეჭდვა
ticket-printing = ბილეთი იბეჭდება…
ticket-printed = თქვენი ბილეთი დაიბეჭდა. აიღეთ პრინტერიდან.
ticket-print-no-paper = პრინტერში ქაღალდი აღარ არის. ტელეფონით გადაუღეთ კოდს ფოტო ან აჩვენეთ ეს ეკრანი ვინმეს.
ticket-print-failed = პრინტერი ახლა არ მუშაობს. ტელეფონით გადაუღეთ კოდს ფოტო ან აჩვენეთ ეს ეკრანი ვინმეს.
mediator-title = თქვენს ბილეთს კითხულობენ
mediator-answers = თქვენი პასუხები
mediator-continue = გაგრძელება
mediator-end = დასრულება
mediator-unreadable = ამ ბილეთის წაკითხვა ამ ტერმინალზე შეუძლებელია.
mediator-discreet = თქვენი პასუხები ბილეთზე არ წერია, რომ სხვამ ვერ წაიკითხოს. შეგიძლიათ ამ ადამიანს უთხრათ, რას ეძებთ.
update-title = ტერმინალის განახლება
update-wait = ნუ ამოიღებთ USB მეხსიერებას.
update-step-verify = ხელმოწერის შემოწმება
update-step-unpack = განახლების გახსნა
update-step-check = შიგთავსის შემოწმება
update-step-compile = შიგთავსის მომზადება
update-step-switch = ახალ შიგთავსზე გადასვლა
update-applied = ახალი შიგთავსი დაყენებულია.
update-refused = განახლება არ დაყენდა. ტერმინალი ინარჩუნებს თავის შიგთავსს. მიზეზი მითითებულია ანგარიშში, რომელიც USB მეხსიერებაზეა.
update-nothing = ამ USB მეხსიერებაზე განახლება არ არის.
update-stats = სტატისტიკა დაკოპირდა USB მეხსიერებაზე.
update-write-failed = ანგარიშის ჩაწერა ვერ მოხერხდა: USB მეხსიერება დაცულია ჩაწერისგან ან სავსეა.
update-remove = შეგიძლიათ ამოიღოთ USB მეხსიერება.

speech-phone = ტელეფონი: { $number }
speech-no-voice = ამ ეკრანის ხმამაღლა წაკითხვა ამ ენაზე ჯერ შეუძლებელია. შეგიძლიათ მოუსმინოთ ფრანგულად ან ინგლისურად.
listen-no-voice = ამ ენაზე ხმა ჯერ არ არის: მოუსმინეთ ფრანგულად და ინგლისურად.
keypad-help = კლავიატურა: ზემოთ და ქვემოთ ისრები, ან 8 და 2, ერთი ღილაკიდან მეორეზე გადადის. შუა ღილაკი, 5, ან Enter ღილაკს აჭერს. 0 უკან ბრუნდება, 7 მთავარ გვერდზე. პლუსი და მინუსი ხმას არეგულირებს. ვარსკვლავი ამ დახმარებას იმეორებს.
keypad-welcome = ყურსასმენი შეერთებულია: კიოსკი ეკრანს ხმამაღლა კითხულობს. დააჭირეთ ვარსკვლავს, რომ გაიგოთ, როგორ გამოიყენოთ კლავიატურა.
listen-headphones = მოსასმენად შეაერთეთ ყურსასმენი.
quick-exit = სწრაფად გასვლა
start-over = თავიდან დაწყება
service-checked = შემოწმებულია { $date }
service-accessible = ხელმისაწვდომია ეტლით
service-not-accessible = ეტლით მიუწვდომელია
result-stale-hidden = { $count } ადგილი არ ჩანს: მისი ინფორმაცია დიდი ხანია არ შემოწმებულა. ჰკითხეთ თანამშრომელს (ღილაკი „დახმარება“).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = ორშაბათი
hours-day-2 = სამშაბათი
hours-day-3 = ოთხშაბათი
hours-day-4 = ხუთშაბათი
hours-day-5 = პარასკევი
hours-day-6 = შაბათი
hours-day-7 = კვირა
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = ღიაა დღე-ღამის განმავლობაში
hours-public-holidays-closed = დაკეტილია უქმე დღეებში

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = ქალაქი
offers-filter-rooms = ოთახები
offers-filter-rent = ქირა
offers-filter-wheelchair = ეტლი
offers-all = ყველა
offers-clear-filters = ყველას ჩვენება
offers-count = { $count ->
    [0] ამ არჩევანს არცერთი ბინა არ შეესაბამება
    [one] 1 ბინა
   *[other] { $count } ბინა
}
offers-page = { $first }–{ $last }, სულ { $count }
offers-previous = წინა
offers-next = შემდეგი
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } თვეში, კომუნალური ხარჯების ჩათვლით
offers-floor = { $floor ->
    [0] პირველი სართული (მიწის დონეზე)
    [1] მე-2 სართული
    [2] მე-3 სართული
    [3] მე-4 სართული
    [4] მე-5 სართული
    [5] მე-6 სართული
    [6] მე-7 სართული
    [7] მე-8 სართული
    [8] მე-9 სართული
    [9] მე-10 სართული
    [10] მე-11 სართული
   *[other] პირველ სართულზე { $floor } სართულით მაღლა
}
offers-floor-lift = { $floor }, ლიფტით
offers-floor-no-lift = { $floor }, ლიფტის გარეშე
offers-energy = ენერგია { $label }
offers-energy-scale = { $label } (A — ძალიან ცოტა ენერგიას ხარჯავს, G — ძალიან ბევრს)
offers-wheelchair-yes = შესაფერისია ეტლისთვის
offers-wheelchair-no = არ არის შესაფერისი ეტლისთვის
offers-available-now = ახლა თავისუფალია
offers-available-from = თავისუფალია { $date }-დან
offers-rooms = { $rooms ->
    [one] 1 ოთახი
   *[other] { $rooms } ოთახი
}
offers-rooms-or-more = { $rooms } ოთახი ან მეტი
offers-surface = { $surface } m²
offers-up-to = მაქსიმუმ { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = რომელ ქალაქში?
offers-pick-rooms = რამდენი ოთახი?
offers-pick-rent = მაქსიმუმ რა ქირა, კომუნალური ხარჯების ჩათვლით?
offers-no-photo = ფოტო არ არის
offers-photo = ფოტო { $n }, სულ { $count }
offers-photo-previous = წინა ფოტო
offers-photo-next = შემდეგი ფოტო
offers-how-to-apply = როგორ შევიტანოთ განაცხადი
offers-apply-title = ამ ბინის მოთხოვნა
offers-apply-text = განაცხადი გაუგზავნეთ გამქირავებელს: { $landlord }. მიუთითეთ ნომერი: { $reference }. ასევე საჭიროა სოციალურ საცხოვრებელზე რეგისტრირებული განაცხადი. მოიტანეთ ქვემოთ მოცემული დოკუმენტები. თქვენი ბილეთით ადამიანი შეძლებს თქვენს დახმარებას.
offers-fact-rent = ქირა
offers-fact-charges = კომუნალური ხარჯები
offers-fact-rooms = ოთახები
offers-fact-surface = ფართი
offers-fact-floor = სართული
offers-fact-access = ხელმისაწვდომობა
offers-fact-energy = ენერგია
offers-fact-available = როდის თავისუფლდება
offers-fact-landlord = გამქირავებელი
offers-fact-reference = ნომერი

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = დიახ
elig-no = არა
elig-year-up-to = წელიწადში { $max } €-მდე (თვეში დაახლოებით { $max-month } €)
elig-year-between = წელიწადში { $min } €-დან { $max } €-მდე (თვეში დაახლოებით { $min-month }–{ $max-month } €)
elig-year-above = წელიწადში { $min } € ან მეტი (თვეში დაახლოებით { $min-month } €)
elig-month-up-to = თვეში { $max } €-მდე
elig-month-between = თვეში { $min } €-დან { $max } €-მდე
elig-month-above = თვეში { $min } € ან მეტი

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = გააგრძელეთ ტელეფონზე
online-button-label = გააგრძელეთ ტელეფონზე: { $name }
online-scan = გახსენით ტელეფონის კამერა და მიმართეთ ამ კოდს: გაიხსნება ოფიციალური საიტი. პროცედურას ტელეფონზე გააგრძელებთ, თქვენი ტემპით.
online-asks = რას მოგთხოვთ საიტი
online-private = კოდი შეიცავს მხოლოდ ოფიციალური საიტის მისამართს, არაფერს თქვენ შესახებ.
