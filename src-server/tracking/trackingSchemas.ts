import { z } from 'zod';
import { emailSchema } from '@shared/domain/common';
import { eventFieldsSchema } from '@shared/domain/event';

// What the tracking snippet posts (as text/plain JSON).
const visitor = { siteKey: z.string().min(1).max(100), visitorId: z.string().trim().min(1).max(200) };

export const trackRequestSchema = z.strictObject({
  ...visitor,
  name: eventFieldsSchema.shape.name,
  properties: eventFieldsSchema.shape.properties,
});

export const identifyRequestSchema = z.strictObject({ ...visitor, email: emailSchema });
