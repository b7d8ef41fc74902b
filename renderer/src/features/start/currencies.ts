const common = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'INR',
  'SGD',
  'THB',
  'BRL',
  'ZAR',
];

const names = new Intl.DisplayNames(['en'], { type: 'currency' });
const all =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : common;

/** Common currencies first, then every ISO code the runtime knows. */
export const currencyOptions = [...common, ...all.filter((c) => !common.includes(c))].map(
  (code) => ({
    value: code,
    label: `${code} — ${names.of(code) ?? code}`,
  }),
);
