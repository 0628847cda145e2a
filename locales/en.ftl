# Texts of the kiosk interface (not the content).

attract-touch = Touch the screen to start

nav-back = Back
nav-home = Home
nav-language = Language
nav-display = Display
nav-help = Help
nav-emergency = Emergency
nav-listen = Listen

crumbs-label = Your choices
language-title = Choose your language

display-contrast = High contrast
display-text-size = Text size
display-on = On
display-off = Off
display-size-normal = Normal
display-size-large = Large
display-size-largest = Very large
display-volume = Volume
display-volume-level = { $count } / 5

result-documents = Documents to bring
result-where = Where to go
service-example = Example: this place is to be replaced by the real one in your town.

badge-open = Open now
badge-open-until = Open until { $time }
badge-closed = Closed
badge-closed-opens-today = Closed, opens at { $time }
badge-closed-opens-tomorrow = Closed, opens tomorrow at { $time }
badge-closed-opens-day = Closed, opens { $day } at { $time }
badge-closed-until = Closed until { $date } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
badge-unknown = Check the opening hours

day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday

emergency-title = Emergency
emergency-intro = Free calls, day and night, from any phone.
emergency-112 = European emergency number, from any country
emergency-15 = SAMU: medical emergency
emergency-17 = Police
emergency-18 = Fire brigade: fire, accident
emergency-114 = Deaf or hard of hearing people: by text message or video
emergency-115 = Homeless: emergency shelter
emergency-119 = A child in danger
emergency-3919 = Violence against women: anonymous listening
emergency-3114 = Suicidal thoughts: suicide prevention

help-title = How to use this kiosk
help-step-touch = Touch a picture to choose. One touch is enough.
help-step-back = Back: return to the previous screen.
help-step-home = Home: start again from the beginning.
help-step-language = Language: choose another language at any time.
help-step-display = Display: larger text or high contrast.
help-step-emergency = Emergency: numbers to call when in danger.
help-step-privacy = Nothing is kept: when you leave, the kiosk erases everything.
help-person-title = Talk to a person

idle-title = Are you still there?
idle-countdown = { $count ->
    [one] The kiosk will erase in { $count } second.
   *[other] The kiosk will erase in { $count } seconds.
}
idle-continue = Continue

fallback-french = Not translated yet: text in French

ticket-button = My ticket
ticket-title = Your ticket
ticket-number = Ticket no. { $number }
ticket-show = Show this code to a person at one of these places: they can read it and help you.
ticket-photo = You can take a photo of it with your phone. It holds no information about you.
ticket-print = Print my ticket
ticket-printing = Printing your ticket…
ticket-printed = Your ticket is printed. Take it from the printer.
ticket-print-no-paper = The printer has no paper. Take a photo of the code with your phone, or show this screen to someone.
ticket-print-failed = The printer is not working right now. Take a photo of the code with your phone, or show this screen to someone.
mediator-title = Someone is reading your ticket
mediator-answers = Your answers
mediator-continue = Continue
mediator-end = Finish
mediator-unreadable = This ticket cannot be read on this kiosk.
mediator-discreet = Your answers are not written on the ticket, so that nobody else can read them. You can tell this person what you are looking for.
update-title = Updating the kiosk
update-wait = Do not remove the USB stick.
update-step-verify = Checking the signature
update-step-unpack = Opening the update
update-step-check = Checking the content
update-step-compile = Preparing the content
update-step-switch = Switching to the new content
update-applied = The new content is installed.
update-refused = The update was not installed. The kiosk keeps its content. The reason is written in the report on the USB stick.
update-nothing = There is no update on this USB stick.
update-stats = The statistics were copied to the USB stick.
update-write-failed = The report could not be written: the USB stick is write-protected or full.
update-remove = You can remove the USB stick.

speech-phone = Phone: { $number }
speech-no-voice = This screen cannot be read aloud in this language yet. You can listen in French or in English.
listen-no-voice = No voice in this language yet: listening in French and English.
keypad-help = Keypad: the up and down arrows, or 8 and 2, move from one button to the next. The middle key, 5, or Enter presses the button. 0 goes back, 7 goes home. Plus and minus set the volume. The star repeats this help.
keypad-welcome = Headphones connected: the kiosk reads the screen aloud. Press the star key on the keypad to learn how to use it.
listen-headphones = Plug in headphones to listen.
quick-exit = Leave quickly
start-over = Start over
service-checked = Checked on { $date }
service-accessible = Wheelchair accessible
service-not-accessible = Not wheelchair accessible
result-stale-hidden = { $count ->
    [one] One place is not shown
   *[other] { $count } places are not shown
}: its information has not been checked for too long. Ask a person at a help desk (Help button).

# A place's usual week, on the ticket and the mediator page: "Monday–Thursday: 8:30–12:00".
hours-day-1 = Monday
hours-day-2 = Tuesday
hours-day-3 = Wednesday
hours-day-4 = Thursday
hours-day-5 = Friday
hours-day-6 = Saturday
hours-day-7 = Sunday
hours-time = { $hour }:{ $mm }
hours-range = { $from }–{ $to }
hours-days = { $first }–{ $last }
hours-list = { $list }, { $item }
hours-line = { $days }: { $hours }
hours-all-day = Open 24 hours
hours-public-holidays-closed = Closed on public holidays

# Offers (landlords' homes): list, filters, one offer, how to apply.
offers-filter-commune = Town
offers-filter-rooms = Rooms
offers-filter-rent = Rent
offers-filter-wheelchair = Wheelchair
offers-all = All
offers-clear-filters = Show all
offers-count = { $count ->
    [0] No home matches these choices
    [one] 1 home
   *[other] { $count } homes
}
offers-page = { $first } to { $last } of { $count }
offers-previous = Previous
offers-next = Next
offers-card-title = T{ $rooms } · { $surface } m²
offers-money = €{ $amount }
offers-price = { $amount } a month, charges included
offers-floor = { $floor ->
    [0] Ground floor
    [1] 1st floor
    [2] 2nd floor
    [3] 3rd floor
   *[other] Floor { $floor }
}
offers-floor-lift = { $floor }, lift
offers-floor-no-lift = { $floor }, no lift
offers-energy = Energy { $label }
offers-energy-scale = { $label } (from A, very efficient, to G, very wasteful)
offers-wheelchair-yes = Wheelchair accessible
offers-wheelchair-no = Not suited to a wheelchair
offers-available-now = Available now
offers-available-from = Available from { $date }
offers-rooms = { $rooms ->
    [one] 1 room
   *[other] { $rooms } rooms
}
offers-rooms-or-more = { $rooms } rooms or more
offers-surface = { $surface } m²
offers-up-to = Up to { $amount }
offers-choice-count = { $label } ({ $count })
offers-pick-commune = In which town?
offers-pick-rooms = How many rooms?
offers-pick-rent = Up to what rent, charges included?
offers-no-photo = No photo
offers-photo = Photo { $n } of { $count }
offers-photo-previous = Previous photo
offers-photo-next = Next photo
offers-how-to-apply = How to apply
offers-apply-title = Apply for this home
offers-apply-text = Apply to { $landlord } and give the reference { $reference }. You also need a registered social housing application. Bring the documents below. Your ticket lets a person here help you.
offers-fact-rent = Rent
offers-fact-charges = Charges
offers-fact-rooms = Rooms
offers-fact-surface = Area
offers-fact-floor = Floor
offers-fact-access = Access
offers-fact-energy = Energy
offers-fact-available = Available
offers-fact-landlord = Landlord
offers-fact-reference = Reference

## « Ai-je droit ? » : réponses oui/non et tranches de revenus (tranche eligibility)
elig-yes = Yes
elig-no = No
elig-year-up-to = Up to €{ $max } a year (about €{ $max-month } a month)
elig-year-between = From €{ $min } to €{ $max } a year (about €{ $min-month } to €{ $max-month } a month)
elig-year-above = €{ $min } or more a year (about €{ $min-month } a month)
elig-month-up-to = Up to €{ $max } a month
elig-month-between = From €{ $min } to €{ $max } a month
elig-month-above = €{ $min } or more a month

## online: "Continue on your phone" (an official online procedure's QR code)
online-continue = Continue on your phone
online-button-label = Continue on your phone: { $name }
online-scan = Open your phone's camera and point it at this code: the official site opens. You carry on with the procedure on your phone, at your own pace.
online-asks = What the site will ask you for
online-private = The code holds only the official site's address, nothing about you.
