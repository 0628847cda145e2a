# The messages of the operators' and technicians' commands (borne content, keys,
# update, stats, config, preview). Same list of ids as fr.ftl.

tools-errors-and-warnings = { $errors ->
    [0] no errors
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

# borne preview
preview-started = Previewing { $folder }: every save reloads the kiosk. Close the windows to stop.
preview-not-a-folder = { $folder } is not a content folder.
preview-cannot-start = the preview cannot start
preview-window-failed = The kiosk window does not open: { $error }
preview-failure = The content is right, but it does not compile: { $error }
preview-reloaded = Reloaded: { $ms } ms from save to screen.
preview-panel-title = Preview — { $folder }
preview-kiosk-title = Kiosk — { $folder }
preview-status = { $folder }, read at { $time } — { $warnings ->
    [0] no warnings
    [one] { $warnings } warning (see the terminal)
   *[other] { $warnings } warnings (see the terminal)
}
preview-problems-heading = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}: fix and save, the screen comes back at the same place.
preview-compiled-file = compiled file
preview-language = Language
preview-orientation = Screen
preview-portrait = Portrait
preview-landscape = Landscape
preview-contrast = Contrast
preview-contrast-standard = Standard
preview-contrast-high = High
preview-text-size = Text size
preview-percent = { $n }%
preview-clock = Clock: { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
} { $date } { $time }{ $live ->
    [yes] {" "}(real time)
   *[no] {""}
}
preview-clock-day-back = − 1 day
preview-clock-day-on = + 1 day
preview-clock-hour-back = − 1 hour
preview-clock-hour-on = + 1 hour
preview-clock-now = Now
preview-nodes = { $count ->
    [one] 1 screen
   *[other] { $count } screens
} (click to show it)
