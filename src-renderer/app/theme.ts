import { createTheme, DEFAULT_THEME, Loader, Modal, Notification, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above the 4.5:1 contrast WCAG AA asks for.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  // Modals, menus and notifications appear at once for people who ask their system for less motion.
  respectReducedMotion: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif',
  // Mantine's close buttons have no accessible name of their own, and its loaders no role to
  // carry the aria-label every loader here is given.
  components: {
    Loader: Loader.extend({ defaultProps: { role: 'progressbar' } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // Under a title Mantine greys the text (gray 6, below 4.5:1 on white); the app's dimmed grey passes.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: (_theme, props) => (props.title ? { description: { color: 'var(--mantine-color-dimmed)' } } : {}),
    }),
  },
});

// Mantine's light and outline variants and its dimmed text are below 4.5:1 on their
// backgrounds in the light scheme for several colours (green, yellow, orange...); darken the
// text and lighten the tint so every text passes axe's contrast check.
const darkened = (color: string) => `color-mix(in srgb, var(--mantine-color-${color}-9), black 25%)`;

export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': darkened('red') };
  for (const color of Object.keys(DEFAULT_THEME.colors)) {
    if (color === 'dark') continue;
    light[`--mantine-color-${color}-light`] = `var(--mantine-color-${color}-0)`;
    light[`--mantine-color-${color}-light-hover`] = `var(--mantine-color-${color}-1)`;
    light[`--mantine-color-${color}-light-color`] = darkened(color);
    light[`--mantine-color-${color}-outline`] = darkened(color);
    light[`--mantine-color-${color}-text`] = darkened(color);
  }
  // White text on filled red/green/orange buttons (delete, confirm) needs the darkest shade.
  for (const color of ['red', 'green', 'orange']) {
    light[`--mantine-color-${color}-filled`] = darkened(color);
    light[`--mantine-color-${color}-filled-hover`] = `color-mix(in srgb, var(--mantine-color-${color}-9), black 35%)`;
  }
  Object.assign(light, {
    '--mantine-primary-color-light': light['--mantine-color-blue-light'],
    '--mantine-primary-color-light-hover': light['--mantine-color-blue-light-hover'],
    '--mantine-primary-color-light-color': light['--mantine-color-blue-light-color'],
  });
  // The dark scheme's dimmed grey is just under 4.5:1 on the dark background.
  return { variables: {}, light, dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' } };
};
