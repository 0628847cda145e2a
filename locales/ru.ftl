# Russian — Status: draft, machine-assisted translation to be reviewed by a native speaker.

attract-touch = Коснитесь экрана, чтобы начать

nav-back = Назад
nav-home = Главная
nav-language = Язык
nav-display = Экран
nav-help = Помощь
nav-emergency = Срочно
nav-listen = Слушать

crumbs-label = Ваш выбор
language-title = Выберите язык

display-contrast = Высокий контраст
display-text-size = Размер текста
display-on = Включено
display-off = Выключено
display-size-normal = Обычный
display-size-large = Крупный
display-size-largest = Очень крупный
display-volume = Громкость
display-volume-level = { $count } / 5

result-documents = Какие документы взять
result-where = Куда обратиться
service-example = Пример: это место нужно заменить настоящим местом в вашем городе.

badge-open = Сейчас открыто
badge-open-until = Открыто до { $time }
badge-closed = Закрыто
badge-closed-opens-today = Закрыто, откроется в { $time }
badge-closed-opens-tomorrow = Закрыто, откроется завтра в { $time }
badge-closed-opens-day = Закрыто. Откроется: { $day }, { $time }
badge-closed-until = Закрыто до { $date } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    }
badge-unknown = Уточните часы работы

day-1 = понедельник
day-2 = вторник
day-3 = среда
day-4 = четверг
day-5 = пятница
day-6 = суббота
day-7 = воскресенье

emergency-title = Экстренные службы
emergency-intro = Звонок бесплатный, днём и ночью, с любого телефона.
emergency-112 = Единый европейский номер экстренных служб, из любой страны
emergency-15 = SAMU: скорая медицинская помощь
emergency-17 = Полиция или жандармерия
emergency-18 = Пожарные: пожар, несчастный случай
emergency-114 = Для глухих и слабослышащих: текстовым сообщением или по видеосвязи
emergency-115 = Для людей без жилья: срочный ночлег
emergency-119 = Ребёнок в опасности
emergency-3919 = Насилие в отношении женщин: анонимная поддержка
emergency-3114 = Мысли о самоубийстве: профилактика самоубийств

help-title = Как пользоваться терминалом
help-step-touch = Коснитесь картинки, чтобы выбрать. Достаточно одного касания.
help-step-back = Назад: вернуться к предыдущему экрану.
help-step-home = Главная: начать сначала.
help-step-language = Язык: выбрать другой язык в любой момент.
help-step-display = Экран: более крупный текст или высокий контраст.
help-step-emergency = Срочно: номера, по которым нужно звонить в случае опасности.
help-step-privacy = Ничего не сохраняется: когда вы уходите, терминал всё стирает.
help-person-title = Поговорить с человеком

idle-title = Вы ещё здесь?
idle-countdown = { $count ->
    [one] Терминал всё сотрёт через { $count } секунду.
    [few] Терминал всё сотрёт через { $count } секунды.
    [many] Терминал всё сотрёт через { $count } секунд.
   *[other] Терминал всё сотрёт через { $count } секунды.
}
idle-continue = Продолжить

fallback-french = Ещё не переведено: текст на французском

ticket-button = Мой талон
ticket-title = Ваш талон
ticket-number = Талон № { $number }
ticket-show = Покажите этот код человеку в одном из этих мест: он сможет его прочитать и помочь вам.
ticket-photo = Вы можете сфотографировать его на телефон. В нём нет никаких сведений о вас.
ticket-print = Распечатать талон
ticket-printing = Печать талона…
ticket-printed = Ваш талон напечатан. Заберите его из принтера.
ticket-print-no-paper = В принтере закончилась бумага. Сфотографируйте код на телефон или покажите этот экран кому-нибудь.
ticket-print-failed = Принтер сейчас не работает. Сфотографируйте код на телефон или покажите этот экран кому-нибудь.
mediator-title = Ваш талон сейчас читают
mediator-answers = Ваши ответы
mediator-continue = Продолжить
mediator-end = Завершить
mediator-unreadable = Этот талон нельзя прочитать на этом терминале.
mediator-discreet = Ваши ответы не записаны на талоне, чтобы никто другой не смог их прочитать. Вы можете сказать этому человеку, что вы ищете.
update-title = Обновление терминала
update-wait = Не извлекайте USB-накопитель.
update-step-verify = Проверка подписи
update-step-unpack = Открытие обновления
update-step-check = Проверка содержимого
update-step-compile = Подготовка содержимого
update-step-switch = Переход на новое содержимое
update-applied = Новое содержимое установлено.
update-refused = Обновление не установлено. Терминал сохраняет своё содержимое. Причина указана в отчёте на USB-накопителе.
update-nothing = На этом USB-накопителе нет обновления.
update-stats = Статистика скопирована на USB-накопитель.
update-write-failed = Не удалось записать отчёт: USB-накопитель защищён от записи или заполнен.
update-remove = Можно извлечь USB-накопитель.

speech-phone = Телефон: { $number }
speech-no-voice = Этот экран пока нельзя прослушать на этом языке. Вы можете слушать на французском или на английском.
listen-no-voice = На этом языке пока нет голоса: слушайте на французском и английском.
keypad-help = Клавиатура: стрелки вверх и вниз, или 8 и 2, переходят от одной кнопки к другой. Средняя клавиша, 5, или Ввод нажимает кнопку. 0 — назад, 7 — на главную. Плюс и минус меняют громкость. Звёздочка повторяет эту подсказку.
keypad-welcome = Наушники подключены: терминал читает экран вслух. Нажмите клавишу со звёздочкой, чтобы узнать, как пользоваться клавиатурой.
listen-headphones = Подключите наушники, чтобы слушать.
quick-exit = Быстро выйти
start-over = Начать заново
service-checked = Проверено { $date }
service-accessible = Доступно для инвалидной коляски
service-not-accessible = Недоступно для инвалидной коляски
result-stale-hidden = { $count ->
    [one] { $count } место не показано
    [few] { $count } места не показаны
   *[other] { $count } мест не показано
}: информация о нём давно не проверялась. Спросите сотрудника (кнопка «Помощь»).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Понедельник
hours-day-2 = Вторник
hours-day-3 = Среда
hours-day-4 = Четверг
hours-day-5 = Пятница
hours-day-6 = Суббота
hours-day-7 = Воскресенье
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Круглосуточно
hours-public-holidays-closed = Закрыто в праздничные дни

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Город
offers-filter-rooms = Комнаты
offers-filter-rent = Аренда
offers-filter-wheelchair = Инвалидная коляска
offers-all = Все
offers-clear-filters = Показать все
offers-count = { $count ->
    [0] Нет жилья по этому выбору
    [one] { $count } вариант жилья
    [few] { $count } варианта жилья
    [many] { $count } вариантов жилья
   *[other] { $count } варианта жилья
}
offers-page = { $first }–{ $last } из { $count }
offers-previous = Предыдущие
offers-next = Следующие
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = { $amount } €
offers-price = { $amount } в месяц, включая коммунальные платежи
offers-floor = { $floor ->
    [0] 1-й этаж (на уровне земли)
    [1] 2-й этаж
    [2] 3-й этаж
    [3] 4-й этаж
    [4] 5-й этаж
    [5] 6-й этаж
    [6] 7-й этаж
    [7] 8-й этаж
    [8] 9-й этаж
    [9] 10-й этаж
    [10] 11-й этаж
   *[other] на { $floor } { $floor ->
        [one] этаж
        [few] этажа
       *[other] этажей
    } выше первого
}
offers-floor-lift = { $floor }, есть лифт
offers-floor-no-lift = { $floor }, без лифта
offers-energy = Класс энергии { $label }
offers-energy-scale = { $label } (от A — тратит очень мало энергии, до G — тратит очень много)
offers-wheelchair-yes = Подходит для инвалидной коляски
offers-wheelchair-no = Не подходит для инвалидной коляски
offers-available-now = Свободно сейчас
offers-available-from = Свободно с { $date }
offers-rooms = { $rooms ->
    [one] { $rooms } комната
    [few] { $rooms } комнаты
    [many] { $rooms } комнат
   *[other] { $rooms } комнаты
}
offers-rooms-or-more = { $rooms ->
    [one] { $rooms } комната и больше
    [few] { $rooms } комнаты и больше
    [many] { $rooms } комнат и больше
   *[other] { $rooms } комнаты и больше
}
offers-surface = { $surface } m²
offers-up-to = До { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = В каком городе?
offers-pick-rooms = Сколько комнат?
offers-pick-rent = До какой суммы в месяц, включая коммунальные платежи?
offers-no-photo = Нет фото
offers-photo = Фото { $n } из { $count }
offers-photo-previous = Предыдущее фото
offers-photo-next = Следующее фото
offers-how-to-apply = Как подать заявку
offers-apply-title = Подать заявку на это жильё
offers-apply-text = Подайте заявку в { $landlord } и назовите номер { $reference }. Также нужна зарегистрированная заявка на социальное жильё. Принесите документы, указанные ниже. По вашему талону вам сможет помочь сотрудник.
offers-fact-rent = Аренда
offers-fact-charges = Коммунальные платежи
offers-fact-rooms = Комнаты
offers-fact-surface = Площадь
offers-fact-floor = Этаж
offers-fact-access = Доступ
offers-fact-energy = Класс энергии
offers-fact-available = Заселение
offers-fact-landlord = Арендодатель
offers-fact-reference = Номер

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Да
elig-no = Нет
elig-year-up-to = До { $max } € в год (около { $max-month } € в месяц)
elig-year-between = От { $min } € до { $max } € в год (около { $min-month }–{ $max-month } € в месяц)
elig-year-above = { $min } € или больше в год (около { $min-month } € в месяц)
elig-month-up-to = До { $max } € в месяц
elig-month-between = От { $min } € до { $max } € в месяц
elig-month-above = { $min } € или больше в месяц

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Продолжить на телефоне
online-button-label = Продолжить на телефоне: { $name }
online-scan = Откройте камеру телефона и наведите её на этот код: откроется официальный сайт. Вы продолжите процедуру на своём телефоне, в своём темпе.
online-asks = Что попросит сайт
online-private = Код содержит только адрес официального сайта, ничего о вас.
