# Shared by the benchmarks that drive the real app under Xvfb (sourced, not run). Buttons are clicked, as keys need
# a focused window, which an X server without a window manager does not give.

# Clicks at a point given in per mille of a window's width and pixels from its bottom edge.
click_from_bottom() { # window, x per mille of the width, pixels above the bottom
    local width height
    read -r width height < <(xdotool getwindowgeometry "$1" | awk '/Geometry/ {split($2, a, "x"); print a[1], a[2]}')
    xdotool windowraise "$1" mousemove --window "$1" $((width * $2 / 1000)) $((height - $3)) click 1
}

# A new journal opens with the safety check: tick nothing, press Done, then Close (the same corner).
dismiss_safety_check() {
    local check
    check=$(xdotool search --sync --name "A quick safety check" | head -1)
    click_from_bottom "$check" 906 34
    sleep 0.7
    click_from_bottom "$check" 906 34
    sleep 0.7
}
