# An uncaught AttributeError raised deep inside a property, reached through chained attribute access


class Engine:
    def __init__(self, power):
        self.power = power

    @property
    def rating(self):
        return self.power / self.wieght


class Car:
    def __init__(self, name, engine):
        self.name = name
        self.engine = engine
        self.weight = 1200

    @property
    def summary(self):
        return f"{self.name}: {self.engine.rating:.2f}"


class Garage:
    def __init__(self):
        self.cars = {}

    def add(self, car):
        self.cars[car.name] = car
        return self

    def report(self):
        return [self.cars[name].summary for name in sorted(self.cars)]


garage = Garage().add(Car("roadster", Engine(300)))
try:
    garage.report()
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is engine:", e.obj is garage.cars["roadster"].engine)
Engine.wieght = 1
print(garage.report())
del Engine.wieght
print(len(garage.cars), [c.weight for c in garage.cars.values()])
garage.report()
