/**
 * A small memo for pure conversions between instants and their texts. Results repeat the same few
 * instants over and over (hourly usage: the same hours for every org and family), and converting
 * costs about a microsecond each way (`Date` parsing, `toISOString`). Bounded: when it holds `max`
 * entries it starts over, so a stream of distinct keys costs a little memory and no more.
 */
export function recentTexts<K, V>(convert: (key: K) => V, max = 4096): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= max) memo.clear();
      value = convert(key);
      memo.set(key, value);
    }
    return value;
  };
}
