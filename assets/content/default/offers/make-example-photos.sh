#!/bin/sh
# Draws the example photos of offers/exempleville-habitat.toml into
# offers/exempleville-habitat/: for each offer a flat-colour façade (the offered
# floor's windows lit) and a schematic plan of its rooms, both marked
# "Photo d'exemple". They are honest placeholders for the fictional landlord, not
# pictures of real homes: replace them with the landlord's own photos.
#
# Needs ImageMagick 6 (`convert`) and the DejaVu fonts. Run from anywhere:
#   sh assets/content/default/offers/make-example-photos.sh
set -eu

out="$(dirname "$0")/exempleville-habitat"
mkdir -p "$out"
font=DejaVu-Sans
bold=DejaVu-Sans-Bold

# The "Photo d'exemple" band across the top, and the reference at the bottom.
label() { # FILE REFERENCE CAPTION
    convert "$1" \
        -fill '#000000a0' -draw 'rectangle 0,0 800,64' \
        -font "$bold" -pointsize 34 -fill white -gravity north -annotate +0+12 "Photo d'exemple" \
        -fill '#ffffffd0' -draw 'rectangle 0,556 800,600' \
        -font "$font" -pointsize 22 -fill '#222222' -gravity southwest -annotate +16+10 "$2" \
        -gravity southeast -annotate +16+10 "$3" \
        -strip -sampling-factor 4:2:0 -quality 82 "$1"
}

# A building of LEVELS levels (ground floor included) whose floor FLOOR is lit.
facade() { # NAME REFERENCE WALL LEVELS FLOOR
    file="$out/$1"
    levels=$4
    h=$((430 / levels))
    top=$((540 - h * levels))
    draw="rectangle 180,$top 620,540"
    level=0
    while [ "$level" -lt "$levels" ]; do
        y=$((540 - h * (level + 1) + h / 4))
        for x in 215 320 425 530; do
            if [ "$level" -eq 0 ] && [ "$x" -eq 425 ]; then continue; fi
            colour='#d8e6f0'
            [ "$level" -eq "$5" ] && colour='#ffd54a'
            draw="$draw fill $colour rectangle $x,$y $((x + 55)),$((y + h / 2))"
        done
        level=$((level + 1))
    done
    convert -size 800x600 xc:'#bcd9ee' \
        -fill '#8fb36b' -draw 'rectangle 0,540 800,600' \
        -fill "$3" -stroke '#555555' -strokewidth 3 -draw "$draw" \
        -stroke none -fill '#6d4c3d' -draw "rectangle 425,$((540 - h + 8)) 480,540" \
        "$file"
    if [ "$5" -eq 0 ]; then where="rez-de-chaussée"; else where="étage $5"; fi
    label "$file" "$2" "Façade — $where"
}

# A plan: the living room on the left, ROOMS-1 bedrooms on the right, kitchen and
# bathroom along the bottom.
plan() { # NAME REFERENCE ROOMS
    file="$out/$1"
    rooms=$3
    beds=$((rooms - 1))
    draw="fill none stroke #333333 stroke-width 8 rectangle 60,90 740,530"
    draw="$draw stroke-width 5 line 60,420 740,420 line 290,420 290,530 line 480,420 480,530"
    texts=""
    if [ "$beds" -eq 0 ]; then
        room_text="Pièce principale"
    else
        room_text="Séjour"
        draw="$draw line 400,90 400,420"
        each=$((330 / beds))
        b=1
        while [ "$b" -le "$beds" ]; do
            y=$((90 + each * b))
            [ "$b" -lt "$beds" ] && draw="$draw line 400,$y 740,$y"
            texts="$texts -annotate +520+$((y - each / 2 - 14)) Chambre"
            b=$((b + 1))
        done
    fi
    if [ "$beds" -eq 0 ]; then cx=400; else cx=230; fi
    # shellcheck disable=SC2086 # $texts is a list of arguments on purpose
    convert -size 800x600 xc:'#f4f1ea' -draw "$draw" \
        -font "$font" -pointsize 26 -fill '#333333' -stroke none \
        -gravity center -annotate "+$((cx - 400))-45" "$room_text" -gravity northwest \
        -annotate +115+462 Cuisine -annotate +315+462 "Salle d'eau" -annotate +560+462 Entrée \
        $texts "$file"
    label "$file" "$2" "Plan schématique — T$rooms"
}

# NAME-STEM REFERENCE WALL LEVELS FLOOR ROOMS, one offer a line.
while read -r stem reference wall levels floor rooms; do
    facade "$stem-facade.jpg" "$reference" "$wall" "$levels" "$floor"
    plan "$stem-plan.jpg" "$reference" "$rooms"
done <<'EOF'
exh-0141 EXH-2026-0141 #e8c9a0 5 2 3
exh-0142 EXH-2026-0142 #e8c9a0 7 4 1
exh-0143 EXH-2026-0143 #e8c9a0 4 0 2
exh-0144 EXH-2026-0144 #d9b8b0 7 6 4
exh-0145 EXH-2026-0145 #d9b8b0 3 1 5
exh-0146 EXH-2026-0146 #c9d7b0 4 3 2
exh-0147 EXH-2026-0147 #f0e4c0 3 0 3
exh-0148 EXH-2026-0148 #c9d7b0 6 5 4
exh-0149 EXH-2026-0149 #c4cde0 4 1 1
exh-0152 EXH-2026-0152 #e0c4c4 2 0 5
EOF
