import io
import unittest


class MathTests(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def test_sorted(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_fails(self):
        self.assertEqual(sum(self.values), 7, "sum is off")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_asserts(self):
        self.assertIn(2, self.values)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 3], self.values)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertIsInstance(1, int)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(MathTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = stream.getvalue()
# the timing line varies from run to run
print("\n".join(l for l in out.splitlines() if not l.startswith("Ran ")))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
