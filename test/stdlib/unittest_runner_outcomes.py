# A realistic unittest module run through TextTestRunner: fixtures at every level, every outcome,
# subTest, the assert helpers' failure messages, and the result object afterwards.
import io
import re
import sys
import unittest

LOG = []


def setUpModule():
    LOG.append("setUpModule")


def tearDownModule():
    LOG.append("tearDownModule")


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty):
        have = self.items[name]
        if qty > have:
            raise RuntimeError(f"only {have} {name} left")
        self.items[name] = have - qty
        return self.items[name]


class InventoryTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("setUpClass")
        cls.shared = ["a"]

    @classmethod
    def tearDownClass(cls):
        LOG.append("tearDownClass")

    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)
        self.addCleanup(LOG.append, f"cleanup {self._testMethodName}")

    def tearDown(self):
        LOG.append(f"tearDown {self._testMethodName}")

    def test_add_and_remove(self):
        self.inv.add("apple", 2)
        self.assertEqual(self.inv.remove("apple", 4), 1)
        self.assertDictEqual(self.inv.items, {"apple": 1})

    def test_bad_quantity(self):
        with self.assertRaises(ValueError) as cm:
            self.inv.add("pear", 0)
        self.assertEqual(str(cm.exception), "quantity must be positive, got 0")
        with self.assertRaisesRegex(RuntimeError, r"only \d+ apple"):
            self.inv.remove("apple", 10)

    def test_missing_item_errors(self):
        self.inv.remove("banana", 1)

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])

    def test_dict_diff(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_multiline_diff(self):
        self.assertMultiLineEqual("alpha\nbeta\ngamma\n", "alpha\nbeta!\ngamma\n")

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertNotAlmostEqual(1.0, 1.1, places=3)
        self.assertAlmostEqual(100, 101, delta=2)
        self.assertAlmostEqual(1.0, 1.1, msg="close enough?")

    def test_subtests(self):
        for n in range(5):
            with self.subTest(n=n, parity="even" if n % 2 == 0 else "odd"):
                self.assertNotEqual(n % 3, 2, f"{n} is 2 mod 3")

    @unittest.skip("demonstrating skip")
    def test_skip(self):
        raise AssertionError("never runs")

    @unittest.skipIf(sys.version_info >= (3, 0), "python 3")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "needs a flag")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertIn("kiwi", self.inv.items)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertTrue(True)

    def test_misc_asserts(self):
        self.assertIs(self.shared, type(self).shared)
        self.assertIsNot([], [])
        self.assertNotIn("kiwi", self.inv.items)
        self.assertGreater(3, 2)
        self.assertGreaterEqual(3, 3)
        self.assertLessEqual(2, 2)
        self.assertRegex("abc123", r"\d{3}")
        self.assertNotRegex("abc", r"\d")
        self.assertCountEqual("abca", "aacb")
        self.assertSequenceEqual((1, 2), [1, 2])
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertTupleEqual((1,), (1,))
        self.assertIsInstance(self.inv, Inventory)
        self.assertNotIsInstance(3, str)
        self.assertFalse([])

    def test_count_equal_fails(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_long_message(self):
        self.longMessage = False
        self.assertTrue(0, "custom only")


class EmptyCase(unittest.TestCase):
    def runTest(self):
        self.assertEqual(len(LOG) > 0, True)


def strip_times(text):
    return re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(InventoryTests))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(InventoryTests))
suite.addTest(EmptyCase())
print(suite.countTestCases())
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
print(strip_times(stream.getvalue()))
print(result)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
print("skipped", [(t.id().split(".")[-1], why) for t, why in result.skipped])
print("expected", [t.id() for t, _ in result.expectedFailures], "unexpected", [t.id() for t in result.unexpectedSuccesses])
print("ok?", result.wasSuccessful())
for line in LOG:
    print(line)
