import colorsys
import html
import urllib.parse as up

print(html.escape('<a href="x">Tom & "Jerry"</a>'), html.escape("it's", quote=False), html.unescape("&lt;p&gt; &amp; &eacute; &#x41; &#65;"))
u = up.urlparse("https://user:pw@example.com:8080/path/to;p?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.geturl())
print(up.urlsplit("http://x.org/a b?c=d"), up.urlunparse(("http", "h.com", "/p", "", "a=1", "")))
print(up.parse_qs("a=1&b=2&a=3"), up.parse_qsl("x=%20y&z="), up.urlencode({"q": "a b", "n": [1, 2]}, doseq=True))
print(up.quote("a b/c?d=é"), up.quote_plus("a b&c"), up.unquote("%E2%98%83%20x"), up.unquote_plus("a+b%21"))
print(up.urljoin("http://a/b/c/d;p?q", "../g"), up.urljoin("http://a/b/", "//other/x"), up.urldefrag("http://x/y#z"))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.rgb_to_hls(1, 0, 0), colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(0.1, 0.2, 0.3)))
