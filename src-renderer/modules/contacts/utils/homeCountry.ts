// The viewer's country from the OS language ("de-DE" -> "DE"), for national phone formatting.
export const homeCountry: string | undefined = (() => {
  try {
    return new Intl.Locale(navigator.language).maximize().region;
  } catch {
    return undefined;
  }
})();
