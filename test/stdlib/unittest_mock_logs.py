# unittest beyond the basics: assertLogs/assertNoLogs, assertWarns, unittest.mock (Mock, MagicMock,
# patch, call recording, side effects, spec), and running a suite by name with a loader.
import io
import logging
import re
import unittest
import warnings
from unittest import mock

log = logging.getLogger("shop")


class PaymentError(Exception):
    pass


class Checkout:
    def __init__(self, gateway, mailer):
        self.gateway = gateway
        self.mailer = mailer

    def pay(self, user, amount):
        if amount <= 0:
            log.warning("refusing amount %s for %s", amount, user)
            return False
        try:
            receipt = self.gateway.charge(user, amount, currency="EUR")
        except PaymentError as e:
            log.error("payment failed: %s", e)
            return False
        log.info("charged %s", user)
        self.mailer.send(user, f"receipt {receipt}")
        return True


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


class CheckoutTests(unittest.TestCase):
    def setUp(self):
        self.gateway = mock.Mock(name="gateway")
        self.mailer = mock.MagicMock()
        self.co = Checkout(self.gateway, self.mailer)

    def test_happy_path(self):
        self.gateway.charge.return_value = "R-1"
        with self.assertLogs("shop", level="INFO") as cm:
            self.assertTrue(self.co.pay("ann", 10))
        self.assertEqual(cm.output, ["INFO:shop:charged ann"])
        self.gateway.charge.assert_called_once_with("ann", 10, currency="EUR")
        self.mailer.send.assert_called_once_with("ann", "receipt R-1")
        print("calls:", self.gateway.mock_calls, self.mailer.mock_calls)

    def test_declined(self):
        self.gateway.charge.side_effect = PaymentError("card declined")
        with self.assertLogs("shop") as cm:
            self.assertFalse(self.co.pay("bob", 5))
        print([r.levelname + " " + r.getMessage() for r in cm.records])
        self.mailer.send.assert_not_called()

    def test_refuse(self):
        with self.assertLogs(log, logging.WARNING) as cm:
            self.co.pay("cy", -1)
        self.assertIn("refusing amount -1 for cy", cm.output[0])

    def test_no_logs(self):
        with self.assertNoLogs("shop", level="ERROR"):
            self.gateway.charge.return_value = "ok"
            self.co.pay("dee", 1)

    def test_no_logs_fails(self):
        with self.assertLogs("other", level="DEBUG"):
            pass

    def test_side_effect_sequence(self):
        self.gateway.charge.side_effect = ["R-1", PaymentError("later"), "R-3"]
        print([self.co.pay("eve", 1) for _ in range(3)])
        print(self.gateway.charge.call_count, self.gateway.charge.call_args)
        print(self.gateway.charge.call_args_list == [mock.call("eve", 1, currency="EUR")] * 3)

    def test_wrong_call_message(self):
        self.gateway.charge("zed", 3)
        self.gateway.charge.assert_called_with("zed", 4)

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            old_api()
        print("warning:", cm.warning, type(cm.warning).__name__, cm.filename.endswith("unittest_mock_logs.py"))
        with self.assertWarnsRegex(UserWarning, "spam+"):
            warnings.warn("spammm")

    def test_patch(self):
        with mock.patch.object(Checkout, "pay", return_value="patched") as m:
            print(self.co.pay("x", 1), m.call_args)
        with mock.patch("logging.getLogger") as gl:
            gl.return_value.name = "fake"
            print(logging.getLogger("q").name, gl.call_args)
        print(logging.getLogger("shop").name)

    @mock.patch.dict("os.environ", {"SHOP_MODE": "test"})
    def test_patch_dict(self):
        import os
        print("mode:", os.environ["SHOP_MODE"])


class MockBehaviour(unittest.TestCase):
    def test_magic(self):
        m = mock.MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.side_effect = lambda k: k * 2
        print(len(m), m[4], bool(m), list(iter(m)), m.__str__.called)
        m.configure_mock(**{"a.b.return_value": 7})
        print(m.a.b(), m.a.b.called)

    def test_spec(self):
        spec_mock = mock.create_autospec(Checkout, instance=True)
        spec_mock.pay("a", 1)
        try:
            spec_mock.refund
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            spec_mock.pay("a")
        except TypeError as e:
            print("TypeError:", e)

    def test_sentinel_and_any(self):
        m = mock.Mock()
        m(mock.sentinel.token, 3)
        m.assert_called_with(mock.sentinel.token, mock.ANY)
        print(mock.sentinel.token, mock.ANY == object(), repr(mock.call(1, b=2)))
        m.reset_mock()
        print(m.called, m.call_count)


def strip_times(text):
    return re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", text)


suite = unittest.defaultTestLoader.loadTestsFromNames(["CheckoutTests", "MockBehaviour.test_magic",
                                                         "MockBehaviour.test_spec", "MockBehaviour.test_sentinel_and_any"],
                                                        module=__import__("__main__"))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
print(strip_times(stream.getvalue()))
print(result.testsRun, [t.id() for t, _ in result.failures], [t.id() for t, _ in result.errors])
