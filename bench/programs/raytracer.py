# A small class-heavy ray tracer: Vector objects with operator overloading, spheres and planes,
# lights, shadows and reflections (after pyperformance's bm_raytrace). Prints a checksum of
# the rendered image.
import math

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, f):
        return Vector(self.x * f, self.y * f, self.z * f)

    def __mul__(self, f):
        return self.scale(f)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        d = normal * self.dot(normal)
        return self - d * 2


ZERO = Vector(0, 0, 0)
RIGHT = Vector(1, 0, 0)
UP = Vector(0, 1, 0)
OUT = Vector(0, 0, 1)


class Point(Vector):
    pass


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at_time(self, t):
        return self.point + self.vector * t


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = (self.radius * self.radius) - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, f):
        return Colour(self.r * f, self.g * f, self.b * f)

    def mix(self, o):
        return Colour(self.r * o.r, self.g * o.g, self.b * o.b)


BLACK = Colour(0, 0, 0)
WHITE = Colour(1, 1, 1)


class SimpleSurface:
    def __init__(self, base_colour, specular=0.2, lambert=0.6):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour_at(p)
        c = BLACK
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            c = c + scene.ray_colour(reflected).mix(b).scale(self.specular)
        if self.lambert > 0:
            lambert_amount = 0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    lambert_amount += contribution
            lambert_amount = min(1, lambert_amount)
            c = c + b.scale(self.lambert * lambert_amount)
        c = c + b.scale(self.ambient)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, other_colour=BLACK, check_size=1, **kwargs):
        super().__init__(WHITE, **kwargs)
        self.other_colour = other_colour
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p - ZERO
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


class Scene:
    def __init__(self):
        self.objects = []
        self.light_points = []
        self.position = Point(0, 1.8, 10)
        self.look_at = Point(0, 3, 0)
        self.field_of_view = 45
        self.recursion_depth = 0

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def add_light(self, p):
        self.light_points.append(p)

    def render(self, width, height):
        fov_radians = math.pi * (self.field_of_view / 2.0) / 180.0
        half_width = math.tan(fov_radians)
        half_height = 0.75 * half_width
        pixel_width = half_width * 2 / (width - 1)
        pixel_height = half_height * 2 / (height - 1)
        eye = Ray(self.position, self.look_at - self.position)
        vp_right = eye.vector.cross(UP).normalized()
        vp_up = vp_right.cross(eye.vector).normalized()
        pixels = []
        for y in range(height):
            row = []
            for x in range(width):
                xcomp = vp_right.scale(x * pixel_width - half_width)
                ycomp = vp_up.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + xcomp + ycomp)
                colour = self.ray_colour(ray)
                row.append((int(min(colour.r, 1) * 255), int(min(colour.g, 1) * 255),
                            int(min(colour.b, 1) * 255)))
            pixels.append(row)
        return pixels

    def ray_colour(self, ray):
        if self.recursion_depth > 3:
            return BLACK
        try:
            self.recursion_depth += 1
            hit = self.first_intersection(ray)
            if hit is None:
                return BLACK
            obj, t, surface = hit
            p = ray.point_at_time(t)
            return surface.colour_at(self, ray, p, obj.normal_at(p))
        finally:
            self.recursion_depth -= 1

    def first_intersection(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON:
                if best is None or t < best[1]:
                    best = (obj, t, surface)
        return best

    def visible_lights(self, p):
        result = []
        for light in self.light_points:
            hit = self.first_intersection(Ray(p, light - p))
            if hit is None or hit[1] > (light - p).magnitude():
                result.append(light)
        return result


def main(width, height):
    scene = Scene()
    scene.add_light(Point(30, 30, 10))
    scene.add_light(Point(-10, 100, 30))
    scene.add_object(Sphere(Point(1, 3, -10), 2), SimpleSurface(Colour(1, 1, 0)))
    for y in range(6):
        scene.add_object(Sphere(Point(-3 - y * 0.4, 2.3, -5), 0.4),
                         SimpleSurface(Colour(y / 6.0, 1 - y / 6.0, 0.5)))
    scene.add_object(Halfspace(Point(0, 0, 0), UP),
                     CheckerboardSurface(check_size=2, other_colour=Colour(0.5, 0.5, 0.5)))
    pixels = scene.render(width, height)
    checksum = 0
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    print(width, height, checksum)
    print(pixels[height // 2][width // 2], pixels[0][0], pixels[-1][-1])


main(160, 120)
