export const defaultDeviceName = `Outpost on ${navigator.platform || 'this computer'}`;
