result = compute(
