# Ukrainian — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Торкніться екрана, щоб почати

nav-back = Назад
nav-home = Головна
nav-language = Мова
nav-display = Екран
nav-help = Допомога
nav-emergency = Терміново
nav-listen = Слухати

crumbs-label = Ваш вибір
language-title = Оберіть мову

display-contrast = Високий контраст
display-text-size = Розмір тексту
display-on = Увімкнено
display-off = Вимкнено
display-size-normal = Звичайний
display-size-large = Великий
display-size-largest = Дуже великий
display-volume = Гучність
display-volume-level = { $count } / 5

result-documents = Документи, які треба взяти
result-where = Куди звернутися
service-example = Приклад: це місце треба замінити на справжнє місце у вашому місті.

badge-open = Зараз відчинено
badge-open-until = Відчинено до { $time }
badge-closed = Зачинено
badge-closed-opens-today = Зачинено, відчиниться о { $time }
badge-closed-opens-tomorrow = Зачинено, відчиниться завтра о { $time }
badge-closed-opens-day = Зачинено. Відчиниться: { $day }, { $time }
badge-closed-until = Зачинено до { $date } { $month ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
       *[12] грудня
    }
badge-unknown = Уточніть години роботи

day-1 = понеділок
day-2 = вівторок
day-3 = середа
day-4 = четвер
day-5 = пʼятниця
day-6 = субота
day-7 = неділя

emergency-title = Екстрені виклики
emergency-intro = Дзвінки безкоштовні, вдень і вночі, з будь-якого телефону.
emergency-112 = Європейський номер екстрених служб, з будь-якої країни
emergency-15 = SAMU: швидка медична допомога
emergency-17 = Поліція або жандармерія
emergency-18 = Пожежники: пожежа, нещасний випадок
emergency-114 = Для людей, які не чують або погано чують: текстовим повідомленням або відеодзвінком
emergency-115 = Для людей без житла: термінове місце для ночівлі
emergency-119 = Дитина в небезпеці
emergency-3919 = Насильство щодо жінок: анонімна підтримка
emergency-3114 = Думки про самогубство: запобігання самогубствам

help-title = Як користуватися терміналом
help-step-touch = Торкніться зображення, щоб вибрати. Достатньо одного дотику.
help-step-back = Назад: повернутися до попереднього екрана.
help-step-home = Головна: почати спочатку.
help-step-language = Мова: вибрати іншу мову будь-коли.
help-step-display = Екран: більший текст або високий контраст.
help-step-emergency = Терміново: номери, за якими треба телефонувати в разі небезпеки.
help-step-privacy = Нічого не зберігається: коли ви йдете, термінал усе стирає.
help-person-title = Поговорити з людиною

idle-title = Ви ще тут?
idle-countdown = { $count ->
    [one] Термінал усе зітре через { $count } секунду.
    [few] Термінал усе зітре через { $count } секунди.
    [many] Термінал усе зітре через { $count } секунд.
   *[other] Термінал усе зітре через { $count } секунди.
}
idle-continue = Продовжити

fallback-french = Ще не перекладено: текст французькою

ticket-button = Мій талон
ticket-title = Ваш талон
ticket-number = Талон № { $number }
ticket-show = Покажіть цей код людині в одному з цих місць: вона зможе його прочитати й допомогти вам.
ticket-photo = Ви можете сфотографувати його телефоном. У ньому немає жодних даних про вас.
ticket-print = Надрукувати талон
ticket-printing = Друк талона…
ticket-printed = Ваш талон надруковано. Заберіть його з принтера.
ticket-print-no-paper = У принтері закінчився папір. Сфотографуйте код телефоном або покажіть цей екран комусь.
ticket-print-failed = Принтер зараз не працює. Сфотографуйте код телефоном або покажіть цей екран комусь.
mediator-title = Ваш талон зараз читають
mediator-answers = Ваші відповіді
mediator-continue = Продовжити
mediator-end = Завершити
mediator-unreadable = Цей талон не можна прочитати на цьому терміналі.
mediator-discreet = Ваші відповіді не записані на талоні, щоб ніхто інший не зміг їх прочитати. Ви можете сказати цій людині, що ви шукаєте.
update-title = Оновлення термінала
update-wait = Не виймайте USB-накопичувач.
update-step-verify = Перевірка підпису
update-step-unpack = Відкриття оновлення
update-step-check = Перевірка вмісту
update-step-compile = Підготовка вмісту
update-step-switch = Перехід на новий вміст
update-applied = Новий вміст встановлено.
update-refused = Оновлення не встановлено. Термінал зберігає свій вміст. Причину записано у звіті на USB-накопичувачі.
update-nothing = На цьому USB-накопичувачі немає оновлення.
update-stats = Статистику скопійовано на USB-накопичувач.
update-write-failed = Не вдалося записати звіт: USB-накопичувач захищений від запису або заповнений.
update-remove = Можете вийняти USB-накопичувач.

speech-phone = Телефон: { $number }
speech-no-voice = Цей екран поки що не можна прослухати цією мовою. Ви можете слухати французькою або англійською.
listen-no-voice = Цією мовою ще немає голосу: слухайте французькою та англійською.
keypad-help = Клавіатура: стрілки вгору і вниз, або 8 і 2, переходять від однієї кнопки до іншої. Середня клавіша, 5, або Enter натискає кнопку. 0 — назад, 7 — на головну. Плюс і мінус змінюють гучність. Зірочка повторює цю підказку.
keypad-welcome = Навушники підключено: термінал читає екран уголос. Натисніть клавішу із зірочкою, щоб дізнатися, як користуватися клавіатурою.
listen-headphones = Підключіть навушники, щоб слухати.
quick-exit = Швидко вийти
start-over = Почати знову
service-checked = Перевірено { $date }
service-accessible = Доступно для інвалідного візка
service-not-accessible = Недоступно для інвалідного візка
result-stale-hidden = { $count ->
    [one] { $count } місце не показано
    [few] { $count } місця не показано
   *[other] { $count } місць не показано
}: інформацію про нього давно не перевіряли. Запитайте працівника (кнопка «Допомога»).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Понеділок
hours-day-2 = Вівторок
hours-day-3 = Середа
hours-day-4 = Четвер
hours-day-5 = Пʼятниця
hours-day-6 = Субота
hours-day-7 = Неділя
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Цілодобово
hours-public-holidays-closed = Зачинено у святкові дні

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Місто
offers-filter-rooms = Кімнати
offers-filter-rent = Оренда
offers-filter-wheelchair = Інвалідний візок
offers-all = Усі
offers-clear-filters = Показати все
offers-count = { $count ->
    [0] Немає житла за цим вибором
    [one] { $count } варіант житла
    [few] { $count } варіанти житла
    [many] { $count } варіантів житла
   *[other] { $count } варіанта житла
}
offers-page = { $first }–{ $last } з { $count }
offers-previous = Попередні
offers-next = Наступні
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } на місяць, разом із комунальними платежами
offers-floor = { $floor ->
    [0] 1-й поверх (на рівні землі)
    [1] 2-й поверх
    [2] 3-й поверх
    [3] 4-й поверх
    [4] 5-й поверх
    [5] 6-й поверх
    [6] 7-й поверх
    [7] 8-й поверх
    [8] 9-й поверх
    [9] 10-й поверх
    [10] 11-й поверх
   *[other] на { $floor } { $floor ->
        [one] поверх
        [few] поверхи
       *[other] поверхів
    } вище першого
}
offers-floor-lift = { $floor }, є ліфт
offers-floor-no-lift = { $floor }, без ліфта
offers-energy = Клас енергії { $label }
offers-energy-scale = { $label } (від A — витрачає дуже мало енергії, до G — витрачає дуже багато)
offers-wheelchair-yes = Підходить для інвалідного візка
offers-wheelchair-no = Не підходить для інвалідного візка
offers-available-now = Вільне зараз
offers-available-from = Вільне з { $date }
offers-rooms = { $rooms ->
    [one] { $rooms } кімната
    [few] { $rooms } кімнати
    [many] { $rooms } кімнат
   *[other] { $rooms } кімнати
}
offers-rooms-or-more = { $rooms ->
    [one] { $rooms } кімната і більше
    [few] { $rooms } кімнати і більше
    [many] { $rooms } кімнат і більше
   *[other] { $rooms } кімнати і більше
}
offers-surface = { $surface } m²
offers-up-to = До { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = У якому місті?
offers-pick-rooms = Скільки кімнат?
offers-pick-rent = До якої суми на місяць, разом із комунальними платежами?
offers-no-photo = Немає фото
offers-photo = Фото { $n } з { $count }
offers-photo-previous = Попереднє фото
offers-photo-next = Наступне фото
offers-how-to-apply = Як подати заяву
offers-apply-title = Подати заяву на це житло
offers-apply-text = Подайте заяву до { $landlord } і вкажіть номер { $reference }. Також потрібна зареєстрована заява на соціальне житло. Принесіть документи, наведені нижче. За вашим талоном вам зможе допомогти працівник.
offers-fact-rent = Оренда
offers-fact-charges = Комунальні платежі
offers-fact-rooms = Кімнати
offers-fact-surface = Площа
offers-fact-floor = Поверх
offers-fact-access = Доступ
offers-fact-energy = Клас енергії
offers-fact-available = Заселення
offers-fact-landlord = Орендодавець
offers-fact-reference = Номер

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Так
elig-no = Ні
elig-year-up-to = До { $max } € на рік (близько { $max-month } € на місяць)
elig-year-between = Від { $min } € до { $max } € на рік (близько { $min-month }–{ $max-month } € на місяць)
elig-year-above = { $min } € або більше на рік (близько { $min-month } € на місяць)
elig-month-up-to = До { $max } € на місяць
elig-month-between = Від { $min } € до { $max } € на місяць
elig-month-above = { $min } € або більше на місяць

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Продовжити на телефоні
online-button-label = Продовжити на телефоні: { $name }
online-scan = Відкрийте камеру телефону і наведіть її на цей код: відкриється офіційний сайт. Ви продовжите процедуру на своєму телефоні, у своєму темпі.
online-asks = Що попросить сайт
online-private = Код містить лише адресу офіційного сайту, нічого про вас.
