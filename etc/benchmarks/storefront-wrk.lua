-- Prints one line that storefront.sh reads: requests/s, latency percentiles (ms), socket errors and non-2xx/3xx.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f requests=%d errors=%d non2xx=%d bytes=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end
