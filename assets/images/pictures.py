#!/usr/bin/env python3
"""Draws the position and posture pictures in this folder: python3 pictures.py [output folder].

One vocabulary for every picture (see README.md): only filled <path fill d> elements with M L H V A Z,
which is what the app (SvgIcon) and the PDF report (SvgPicture) can draw."""
import math
import os
import sys

MATTRESS, BASE, PILLOW, SKIN, CLOTHES, NEAR, HAIR = "#cfd8e3", "#8a9bb0", "#f2d16b", "#e8b38f", "#4a6fa5", "#34507a", "#6b4f3a"
GREEN, RED = "#2e7d32", "#c0392b"

def f(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s

class Pic:
    def __init__(self):
        self.paths = []
        self.at(0, 0, 1)
    def at(self, dx, dy, k):
        """Draw the following body parts moved by (dx, dy) and scaled by k about (0, 56), the mattress top."""
        self.dx, self.dy, self.k = dx, dy, k
        return self
    def _p(self, x, y):
        return (self.dx + x * self.k, self.dy + 56 + (y - 56) * self.k)
    def path(self, fill, d):
        self.paths.append(f'  <path fill="{fill}" d="{d}"/>')
    def mattress(self, top=56):
        self.path(MATTRESS, f"M 10 {top} H 150 A 4 4 0 0 1 154 {top+4} V {top+12} A 4 4 0 0 1 150 {top+16} H 10 A 4 4 0 0 1 6 {top+12} V {top+4} A 4 4 0 0 1 10 {top} Z")
        self.path(BASE, f"M 7 {top+14} H 153 A 1 1 0 0 1 154 {top+15} V {top+16} A 1 1 0 0 1 153 {top+17} H 7 A 1 1 0 0 1 6 {top+16} V {top+15} A 1 1 0 0 1 7 {top+14} Z")
    def ellipse(self, fill, cx, cy, rx, ry=None):
        ry = rx if ry is None else ry
        cx, cy = self._p(cx, cy); rx, ry = rx * self.k, ry * self.k
        self.path(fill, f"M {f(cx-rx)} {f(cy)} A {f(rx)} {f(ry)} 0 1 0 {f(cx+rx)} {f(cy)} A {f(rx)} {f(ry)} 0 1 0 {f(cx-rx)} {f(cy)} Z")
    def limb(self, fill, x1, y1, x2, y2, r1, r2=None):
        """A capsule from (x1,y1) radius r1 to (x2,y2) radius r2 (tapered when they differ)."""
        r2 = r1 if r2 is None else r2
        (x1, y1), (x2, y2) = self._p(x1, y1), self._p(x2, y2); r1, r2 = r1 * self.k, r2 * self.k
        dx, dy = x2 - x1, y2 - y1
        L = math.hypot(dx, dy)
        ux, uy = dx / L, dy / L
        nx, ny = -uy, ux
        s = (r1 - r2) / L
        c = math.sqrt(max(0, 1 - s * s))
        # tangent normal directions on both sides
        ax, ay = nx * c + ux * s, ny * c + uy * s
        bx, by = -nx * c + ux * s, -ny * c + uy * s
        p1 = (x1 + ax * r1, y1 + ay * r1); p2 = (x2 + ax * r2, y2 + ay * r2)
        q2 = (x2 + bx * r2, y2 + by * r2); q1 = (x1 + bx * r1, y1 + by * r1)
        self.path(fill, f"M {f(p1[0])} {f(p1[1])} L {f(p2[0])} {f(p2[1])} A {f(r2)} {f(r2)} 0 {1 if s < 0 else 0} 0 {f(q2[0])} {f(q2[1])} "
                        f"L {f(q1[0])} {f(q1[1])} A {f(r1)} {f(r1)} 0 {1 if s > 0 else 0} 0 {f(p1[0])} {f(p1[1])} Z")
    def poly(self, fill, *pts):
        d = "M " + " L ".join(f"{f(x)} {f(y)}" for x, y in (self._p(*q) for q in pts)) + " Z"
        self.path(fill, d)
    def rrect(self, fill, x, y, w, h, r):
        (x, y), w, h, r = self._p(x, y), w * self.k, h * self.k, r * self.k
        self.path(fill, f"M {f(x+r)} {f(y)} H {f(x+w-r)} A {f(r)} {f(r)} 0 0 1 {f(x+w)} {f(y+r)} V {f(y+h-r)} A {f(r)} {f(r)} 0 0 1 {f(x+w-r)} {f(y+h)} "
                        f"H {f(x+r)} A {f(r)} {f(r)} 0 0 1 {f(x)} {f(y+h-r)} V {f(y+r)} A {f(r)} {f(r)} 0 0 1 {f(x+r)} {f(y)} Z")
    def arrow(self, x1, y1, x2, y2):
        """A green arrow from (x1,y1) to the tip (x2,y2)."""
        self.at(0, 0, 1)                        # arrows are placed on the canvas, not on a body
        L = math.hypot(x2 - x1, y2 - y1); ux, uy = (x2 - x1) / L, (y2 - y1) / L
        bx, by = x2 - ux * 8, y2 - uy * 8
        self.limb(GREEN, x1, y1, bx, by, 1.5)
        self.poly(GREEN, (x2, y2), (bx - uy * 5, by + ux * 5), (bx + uy * 5, by - ux * 5))
        self.at(0, 0, 1)
    def write(self, name):
        with open(name, "w") as out:
            out.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 80" width="160" height="80">\n')
            out.write("\n".join(self.paths) + "\n</svg>\n")


OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))


def back(p, knees=None, pillow=True):
    """Face up (nose up), arms along the body, heels down and toes up. knees: 'pillow' or 'hug'."""
    if pillow:
        p.ellipse(PILLOW, 23, 52.5, 15, 4.5)
    p.ellipse(HAIR, 21.5, 42, 7.5)              # the back of the head on the pillow
    p.ellipse(SKIN, 23, 40.8, 7)
    p.ellipse(SKIN, 24.5, 33.6, 2)               # nose, pointing at the ceiling
    p.limb(SKIN, 29, 45, 35, 47, 3.2)            # neck
    p.limb(CLOTHES, 38, 47.5, 80, 48, 8.5)       # trunk, chest up
    p.ellipse(CLOTHES, 48, 44, 11, 6)
    if knees == 'pillow':
        p.ellipse(PILLOW, 104, 50, 12, 6)        # a roll under the knees
        p.limb(CLOTHES, 80, 49, 104, 40.5, 7, 5.5)
        p.limb(CLOTHES, 104, 40.5, 128, 50.5, 5.5, 4.5)
        p.limb(SKIN, 131, 51, 134, 40, 3.2, 2.6)
    elif knees == 'hug':
        p.limb(CLOTHES, 80, 49, 84, 50, 7)         # the far leg stays straight
        p.limb(CLOTHES, 84, 50, 130, 50.5, 6, 4.5)
        p.limb(SKIN, 133, 51, 136, 40, 3.2, 2.6)
        p.limb(NEAR, 80, 46, 74, 22, 6.5, 5.5)   # the near knee pulled towards the chest
        p.limb(NEAR, 74, 22, 92, 34, 5, 4)
        p.limb(SKIN, 94, 35, 99, 31, 3, 2.4)
    else:
        p.limb(CLOTHES, 80, 49, 130, 50.5, 7, 4.5)   # legs, straight
        p.limb(SKIN, 133, 51, 136, 40, 3.2, 2.6)     # foot: heel down, toes up
    if knees == 'hug':
        p.limb(NEAR, 42, 45, 58, 34, 3.2)         # the hands hold the knee
        p.limb(NEAR, 58, 34, 70, 24, 3)
        p.ellipse(SKIN, 72, 23.5, 3)
    else:
        p.limb(NEAR, 40, 47, 74, 49.5, 3.2)       # arm along the side
        p.ellipse(SKIN, 78, 50, 3)


def stomach(p, hips_pillow=False):
    """Face down into the pillow, arms up by the head, toes pointing back."""
    lift = -5 if hips_pillow else 0
    p.ellipse(PILLOW, 24, 53.5, 18, 2.8)           # flat pillow
    p.limb(CLOTHES, 42, 45, 25, 29, 3.6)           # the arm raised beside the head, behind it
    p.limb(CLOTHES, 25, 29, 10, 47.5, 3.4)
    p.ellipse(SKIN, 9, 50, 3)                      # hand under the pillow's end
    p.ellipse(HAIR, 26, 42.4, 7.5)                 # the back of the head faces up
    p.ellipse(SKIN, 25, 44.2, 7)
    p.ellipse(SKIN, 19.5, 49.6, 2)                 # nose, into the pillow
    p.limb(SKIN, 30, 48, 36, 49, 3)                # neck
    if hips_pillow:
        p.ellipse(PILLOW, 82, 51.5, 16, 5.5)       # a flat pillow under the hips
    p.limb(CLOTHES, 38, 48.5, 82, 48 + lift, 7.5)  # trunk, back up
    p.ellipse(CLOTHES, 84, 45 + lift, 9, 6.5)      # bottom
    p.limb(CLOTHES, 86, 49 + lift, 132, 51.5, 6.5, 4.2)
    p.limb(SKIN, 134, 51.5, 148, 53.5, 3, 2)       # foot, toes pointing back


def side(p, knee_pillow=False, legs_over_edge=False, hug=False, bump=False, bump_pillow=False, clam=False):
    """Shoulder down, hips stacked over each other, a thick pillow filling the gap to the ear."""
    p.rrect(PILLOW, 7, 46, 34, 10, 5)              # thick pillow: the head stays level with the spine
    p.ellipse(HAIR, 20.5, 40, 7.5)                 # the crown towards the head end
    p.ellipse(SKIN, 22.5, 40, 7)
    p.limb(SKIN, 28, 41, 38, 41, 3.8)              # neck, level
    p.poly(CLOTHES, (44, 26), (62, 33), (82, 28), (86, 56), (62, 51.5), (44, 56))
    p.ellipse(CLOTHES, 46, 41, 10, 15)             # shoulders, one above the other
    p.ellipse(CLOTHES, 82, 42.5, 11, 13.5)         # hips, one above the other
    if bump_pillow:
        p.ellipse(PILLOW, 65, 53, 16, 4.5)         # a thin pillow or wedge under the bump
    if bump:
        p.ellipse(NEAR, 65, 43, 13.5, 11.5)        # the bump, towards the viewer
        p.ellipse(CLOTHES, 65, 43, 12, 10)
    if knee_pillow:
        p.limb(CLOTHES, 84, 49, 112, 50.5, 7, 5)   # the lower leg
        p.limb(CLOTHES, 112, 50.5, 136, 52, 5, 4)
        p.ellipse(PILLOW, 110, 43, 13, 4.5)        # the pillow keeps the knees a hip's width apart
        p.limb(NEAR, 86, 36, 112, 35.5, 7.5, 5)    # the upper leg, on the pillow
        p.limb(NEAR, 112, 35.5, 136, 41, 5, 4)
        p.limb(SKIN, 137, 52, 143, 52.5, 3.4, 2.6)
        p.limb(SKIN, 137, 41.5, 143, 42, 3.4, 2.6)
    elif clam:
        p.limb(CLOTHES, 84, 49, 112, 50.5, 7, 5)   # the lower leg, knee bent
        p.limb(CLOTHES, 112, 50.5, 134, 52, 5, 4)
        p.limb(NEAR, 86, 36, 110, 22, 7.5, 5)      # the top knee opened like a clam
        p.limb(NEAR, 110, 22, 134, 46, 5, 4)       # while the feet stay together
        p.limb(SKIN, 136, 50, 142, 51.5, 3.4, 2.6)
    elif legs_over_edge:
        p.limb(CLOTHES, 86, 43, 112, 47, 12, 7)    # thighs to the edge, knees bent
        p.limb(CLOTHES, 112, 47, 114, 72, 6.5, 4.5)  # lower legs hanging down over it
        p.limb(NEAR, 88, 44, 112, 47, 0.7)
        p.limb(SKIN, 114, 75, 120, 76, 3.4, 2.6)
    else:
        p.limb(CLOTHES, 86, 43, 114, 47.5, 12, 7)  # legs, one on the other
        p.limb(CLOTHES, 114, 47.5, 136, 50, 7, 4.5)
        p.limb(NEAR, 88, 44, 136, 49.5, 0.7)       # where the legs meet
        p.limb(SKIN, 137, 50.5, 143, 51, 4, 3)     # feet
    if hug:
        p.ellipse(RED, 46, 28.5, 4.5)              # the sore shoulder, on top
        p.ellipse(PILLOW, 58, 42, 11, 8)           # a pillow to hug under the upper arm
    if bump:
        p.limb(NEAR, 48, 30, 56, 40, 3.6)          # the hand rests on the bump
        p.ellipse(SKIN, 58, 42, 3)
    else:
        p.limb(NEAR, 48, 30, 60, 45, 3.6)          # the upper arm over the chest
        p.limb(NEAR, 60, 45, 44, 50, 3.4)
        p.ellipse(SKIN, 41, 50.5, 3)


def picture(name, draw, mattress=True):
    p = Pic()
    if mattress:
        p.mattress()
    draw(p)
    p.write(f"{OUT}/{name}.svg")


picture("position-back", lambda p: back(p))
picture("position-stomach", lambda p: stomach(p))
picture("position-side", lambda p: side(p))
picture("posture-pillow-under-knees", lambda p: back(p, knees='pillow'))
picture("posture-morning-stretches", lambda p: (back(p, knees='hug'), p.arrow(112, 22, 96, 16)))
picture("posture-pillow-under-hips", lambda p: stomach(p, hips_pillow=True))
picture("posture-pillow-between-knees", lambda p: side(p, knee_pillow=True))


def loft(position, arrow):
    """The pillow tip for the position it is about: the head on its pillow, an arrow for its height."""
    def draw(p):
        position(p.at(10, 0, 0.92))
        p.arrow(*arrow)
    return draw


# on the side, raise the pillow to the shoulder's height; on the back a medium one; on the stomach a thin one or none
picture("posture-pillow-loft-side", loft(side, (9, 54, 9, 30)))
picture("posture-pillow-loft-back", loft(back, (9, 56, 9, 40)))
picture("posture-pillow-loft-stomach", loft(stomach, (9, 34, 9, 50)))


def alternate(p, bump=False):
    side(p.at(6, 0, 0.92), bump=bump)
    p.arrow(66, 14, 40, 14)
    p.arrow(94, 14, 120, 14)


picture("posture-alternate-sides", alternate)


def topper(p):
    p.rrect(PILLOW, 6, 50, 148, 7, 3)              # a soft layer on the mattress
    back(p.at(6, -6, 0.92), pillow=True)


picture("posture-topper", topper)


def replace(p):
    p.ellipse(RED, 80, 57, 34, 5)                  # the worn hollow
    p.ellipse(MATTRESS, 80, 53.5, 33, 2.5)
    back(p.at(4, 3, 0.94))


def sag(p):
    p.mattress()
    p.path(RED, "M 34 56 A 46 9 0 0 0 126 56 Z")  # the hollow the body lies in
    back(p.at(2, 4, 0.94))


picture("posture-replace-mattress", sag, mattress=False)


def try_side_or_back(p):
    stomach(p.at(0, 0, 0.44))
    p.arrow(70, 44, 86, 44)
    side(p.at(86, 0, 0.44))


picture("posture-try-side-or-back", try_side_or_back)


def log_roll(p):
    """On the side as one piece, the legs let down over the edge, then pushed up with the arms."""
    p.path(MATTRESS, "M 10 56 H 102 A 4 4 0 0 1 106 60 V 68 A 4 4 0 0 1 102 72 H 10 A 4 4 0 0 1 6 68 V 60 "
                     "A 4 4 0 0 1 10 56 Z")                # a shorter bed: its edge under the knees
    p.path(BASE, "M 7 70 H 105 A 1 1 0 0 1 106 71 V 72 A 1 1 0 0 1 105 73 H 7 A 1 1 0 0 1 6 72 V 71 A 1 1 0 0 1 7 70 Z")
    side(p.at(8, 0, 0.9), legs_over_edge=True)
    p.arrow(50, 22, 50, 6)


picture("posture-log-roll", log_roll, mattress=False)


# Exercises and everyday advice: the same body standing, sitting or kneeling on a floor line,
# drawn full size with the floor at y = 56 and then scaled about it with Pic.at.
WOOD = "#a68a64"                                    # a chair, a box: things that are neither soft nor body


def floor(p, y=74):
    p.at(0, 0, 1)
    p.rrect(BASE, 6, y, 148, 2, 1)


def arc_arrow(p, cx, cy, rx, ry, a1, a2):
    """A green arrow along an elliptical arc from angle a1 to the tip at a2 (degrees, y downwards)."""
    p.at(0, 0, 1)
    n = 14
    angles = [math.radians(a1 + (a2 - a1) * i / n) for i in range(n + 1)]
    head = math.radians(a2)
    back_a = angles[:-3]                            # the shaft stops where the head begins
    outer = [(cx + (rx + 1.5) * math.cos(a), cy + (ry + 1.5) * math.sin(a)) for a in back_a]
    inner = [(cx + (rx - 1.5) * math.cos(a), cy + (ry - 1.5) * math.sin(a)) for a in reversed(back_a)]
    p.poly(GREEN, *(outer + inner))
    bx, by = cx + rx * math.cos(back_a[-1]), cy + ry * math.sin(back_a[-1])
    tx, ty = cx + rx * math.cos(head), cy + ry * math.sin(head)
    L = math.hypot(tx - bx, ty - by); ux, uy = (tx - bx) / L, (ty - by) / L
    tx, ty = bx + ux * 8, by + uy * 8
    p.poly(GREEN, (tx, ty), (bx - uy * 5, by + ux * 5), (bx + uy * 5, by - ux * 5))


def head_profile(p, x, y):
    """A head facing right (towards the feet end of the canvas): hair at the back, nose in front."""
    p.ellipse(HAIR, x - 1.5, y - 0.5, 7.5)
    p.ellipse(SKIN, x, y, 7)
    p.ellipse(SKIN, x + 7, y + 1, 2)


def head_front(p, x, y):
    """A head turned towards the viewer: the hair shows on top, the nose in the middle."""
    p.ellipse(HAIR, x, y - 1.5, 7.5)
    p.ellipse(SKIN, x, y + 0.5, 7)
    p.ellipse(SKIN, x, y + 1.5, 2)


def standing(p, walking=False, box=False, wall_slide=False):
    """Standing upright, facing right, feet on the floor (y = 56 before scaling)."""
    if walking:
        p.limb(CLOTHES, 0, -54, 7, -32, 3.6, 3.4)   # the far arm swings forward
        p.limb(CLOTHES, 7, -32, 16, -16, 3.4, 3.2)
        p.ellipse(SKIN, 17, -14, 3)
        p.limb(CLOTHES, 0, -10, -6, 20, 7, 5.5)     # the far leg pushes off behind
        p.limb(CLOTHES, -6, 20, -14, 46, 5.5, 4.5)
        p.limb(SKIN, -13, 50, -3, 54, 3.4, 2.6)
    else:
        p.limb(CLOTHES, 0, -10, 0, 22, 7, 5.5)
        p.limb(CLOTHES, 0, 22, 0, 48, 5.5, 4.5)
        p.limb(SKIN, 1, 51, 12, 53, 3.4, 2.6)      # foot, toes forward
    p.limb(CLOTHES, 0, -8, 0, -54, 9)               # trunk
    p.ellipse(CLOTHES, 3, -42, 8, 12)               # chest
    p.limb(SKIN, 1, -60, 2, -67, 3.4)               # neck
    head_profile(p, 1, -75)
    if walking:
        p.limb(NEAR, 0, -10, 9, 20, 7, 5.5)        # the near leg steps forward
        p.limb(NEAR, 9, 20, 14, 48, 5.5, 4.5)
        p.limb(SKIN, 15, 51, 26, 53, 3.4, 2.6)
        p.limb(NEAR, 0, -54, -6, -32, 3.6, 3.4)    # the near arm swings back
        p.limb(NEAR, -6, -32, -12, -12, 3.4, 3.2)
        p.ellipse(SKIN, -13, -10, 3)
    elif box:
        p.rrect(WOOD, 8, -40, 24, 26, 2)           # the box, held against the body
        p.limb(NEAR, 0, -54, 4, -30, 3.6, 3.4)
        p.limb(NEAR, 4, -30, 26, -14, 3.4, 3.2)    # the forearm under the box
        p.ellipse(SKIN, 28, -14, 3)
    elif wall_slide:
        p.limb(NEAR, 1, -54, 14, -64, 3.6, 3.4)    # the arm reaches forward and up the wall
        p.limb(NEAR, 14, -64, 21, -86, 3.4, 3.2)
        p.ellipse(SKIN, 22, -89, 3)
    else:
        p.limb(NEAR, 0, -54, 2, -30, 3.6, 3.4)
        p.limb(NEAR, 2, -30, 5, -9, 3.4, 3.2)
        p.ellipse(SKIN, 5, -6, 3)


def seated(p, turned=False):
    """Sitting tall on a chair, facing right, feet flat on the floor."""
    p.rrect(WOOD, -17, -28, 5, 84, 2)               # the chair's back and back leg
    p.rrect(WOOD, 12, 16, 5, 40, 2)                 # its front leg
    p.rrect(WOOD, -17, 12, 34, 6, 2)                # its seat
    p.limb(CLOTHES, 0, 4, 30, 6, 7.5, 5.5)          # thigh on the seat
    p.limb(CLOTHES, 30, 6, 31, 48, 5.5, 4.5)        # lower leg
    p.limb(SKIN, 32, 51, 43, 53, 3.4, 2.6)
    p.limb(CLOTHES, 0, 4, 0, -42, 9)                # trunk, upright
    p.ellipse(CLOTHES, 3, -30, 8, 12)
    p.limb(SKIN, 1, -46, 2, -53, 3.4)
    if turned:
        head_front(p, 1, -61)
    else:
        head_profile(p, 1, -61)
    p.limb(NEAR, 0, -40, 4, -16, 3.6, 3.4)          # the hand rests on the thigh
    p.limb(NEAR, 4, -16, 20, -2, 3.4, 3.2)
    p.ellipse(SKIN, 22, -1, 3)


def neck_exercises(p):
    floor(p)
    seated(p.at(34, 18, 0.52))
    p.arrow(62, 16, 46, 16)                         # draw the chin back
    seated(p.at(104, 18, 0.52), turned=True)
    arc_arrow(p, 104.5, 6, 12, 3, 200, 340)      # then turn the head slowly to each side


picture("posture-neck-exercises", neck_exercises, mattress=False)


def shoulder_exercises(p):
    floor(p)
    p.rrect(BASE, 82, 4, 4, 70, 2)                  # the wall in front
    standing(p.at(70, 18, 0.46), wall_slide=True)
    p.arrow(92, 46, 92, 16)                         # slide the hand up the wall


def hands_and_knees(p):
    """On hands and knees, head to the left, back level: the start of a pelvic tilt."""
    p.limb(CLOTHES, 60, 12, 60, 48, 7, 5.5)         # thigh straight down to the knee
    p.limb(CLOTHES, 60, 50, 88, 51, 5.5, 4.5)       # lower leg along the floor
    p.limb(SKIN, 91, 52, 98, 53, 3.2, 2.4)
    p.limb(CLOTHES, 2, 10, 60, 10, 9)               # trunk, level
    p.ellipse(CLOTHES, 60, 8, 9, 8)                 # the pelvis, which tilts
    p.limb(SKIN, -3, 8, -8, 6, 3.4)                 # neck
    p.ellipse(HAIR, -14, 1.5, 7.5)                  # the crown forwards, the face towards the floor
    p.ellipse(SKIN, -15, 3, 7)
    p.ellipse(SKIN, -18, 9.5, 2)
    p.limb(NEAR, 2, 12, 2, 48, 3.6, 3.2)            # the arm straight down under the shoulder
    p.ellipse(SKIN, 3, 51, 3)


def gentle_movement(p):
    floor(p)
    standing(p.at(26, 18, 0.46), walking=True)
    p.arrow(44, 44, 62, 44)                         # walk a little, several times a day
    hands_and_knees(p.at(96, 18, 0.55))
    arc_arrow(p, 129, 44, 9, 6, 200, 340)          # tilt the pelvis slowly back and forth


picture("posture-shoulder-exercises", shoulder_exercises, mattress=False)


def upper_back_exercises(p):
    floor(p)
    seated(p.at(34, 18, 0.52), turned=True)
    arc_arrow(p, 35, 32, 13, 3, 200, 340)          # turn the upper body slowly to each side
    seated(p.at(104, 18, 0.52))
    p.arrow(112, 30, 98, 18)                       # then arch gently back over the chair back


picture("posture-upper-back-exercises", upper_back_exercises, mattress=False)
picture("posture-gentle-movement", gentle_movement, mattress=False)


def standing_front(p):
    """Standing, turned towards the viewer, one hand on a chair, the other leg lifted out to the side."""
    p.limb(CLOTHES, -6, -10, -6, 22, 7, 5.5)        # the standing leg
    p.limb(CLOTHES, -6, 22, -6, 48, 5.5, 4.5)
    p.limb(SKIN, -9, 52, -3, 52, 3)
    p.limb(CLOTHES, 6, -10, 26, 44, 7, 4.5)         # the leg lifted out to the side
    p.limb(SKIN, 27, 48, 31, 50, 3)
    p.limb(CLOTHES, 0, -8, 0, -48, 11)              # trunk, from the front
    p.ellipse(CLOTHES, 0, -49, 15, 7)               # shoulders
    p.limb(SKIN, 0, -56, 0, -64, 3.4)
    head_front(p, 0, -74)
    p.limb(NEAR, -13, -48, -24, -32, 3.6, 3.4)      # the hand on the chair
    p.limb(NEAR, -24, -32, -36, -38, 3.4, 3.2)
    p.ellipse(SKIN, -38, -39, 3)
    p.limb(NEAR, 13, -48, 18, -28, 3.6, 3.4)
    p.limb(NEAR, 18, -28, 20, -9, 3.4, 3.2)
    p.ellipse(SKIN, 20, -6, 3)


def hip_exercises(p):
    floor(p)
    p.rrect(WOOD, 10, 30, 4, 44, 2)                 # the back of a chair to hold
    p.rrect(WOOD, 22, 30, 4, 44, 2)
    p.rrect(WOOD, 8, 30, 20, 4, 2)
    standing_front(p.at(44, 18, 0.46))
    p.arrow(62, 66, 72, 56)                         # lift the leg slowly out to the side
    p.at(74, 10, 0.5).rrect(MATTRESS, 6, 56, 148, 16, 4)   # then on the good side on a mat
    side(p, clam=True)
    p.arrow(129, 44, 129, 26)                       # open the top knee like a clam


picture("posture-hip-exercises", hip_exercises, mattress=False)


picture("posture-painful-side-up", lambda p: side(p, knee_pillow=True, hug=True))
picture("posture-pregnancy-pillows", lambda p: side(p, knee_pillow=True, bump=True, bump_pillow=True))


picture("posture-pregnancy-side", lambda p: alternate(p, bump=True))   # left or right, whichever is comfortable


def wind_down(p):
    back(p)
    p.arrow(50, 22, 50, 8)                         # slow breathing: the chest rises ...
    p.arrow(50, 20, 50, 34)                        # ... and falls


picture("posture-wind-down", wind_down)


def healthy_weight(p):
    floor(p)
    standing(p.at(66, 18, 0.46), walking=True)
    p.arrow(88, 44, 112, 44)                       # regular activity you enjoy


picture("posture-healthy-weight", healthy_weight, mattress=False)


def ease_back_in(p):
    floor(p)
    standing(p.at(66, 18, 0.46), box=True)
    p.arrow(100, 40, 84, 40)                       # lift close to the body


picture("posture-ease-back-in", ease_back_in, mattress=False)
