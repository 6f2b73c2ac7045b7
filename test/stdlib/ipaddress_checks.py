import ipaddress

a = ipaddress.ip_address("192.168.1.10")
n = ipaddress.ip_network("192.168.1.0/28")
print(a, a.version, a.is_private, int(a), a + 5, a in n, n.num_addresses, n.netmask, n.broadcast_address)
print(list(n.hosts())[:3], [str(s) for s in n.subnets(prefixlen_diff=2)], n.supernet())
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.compressed, v6.is_global, ipaddress.ip_network("2001:db8::/126").num_addresses)
print(ipaddress.ip_interface("10.0.0.5/24"), ipaddress.ip_interface("10.0.0.5/24").network, sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("10.0.0.1")]))
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.0"), ipaddress.IPv4Address("10.0.0.9"))))
for bad in ["256.1.1.1", "1.2.3", "::g", "10.0.0.1/33"]:
    try:
        ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad)
    except ValueError as e:
        print("ValueError:", e)
print(ipaddress.ip_network("10.0.0.0/8").overlaps(ipaddress.ip_network("10.1.0.0/16")), ipaddress.collapse_addresses([ipaddress.ip_network("1.1.0.0/24"), ipaddress.ip_network("1.1.1.0/24")]).__next__())
