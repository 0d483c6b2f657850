// Mantine palette names: tags keep the name, so they follow light and dark mode.
export const tagColors = ['gray', 'red', 'pink', 'grape', 'violet', 'indigo', 'blue', 'cyan', 'teal', 'green', 'lime', 'yellow', 'orange'] as const;
