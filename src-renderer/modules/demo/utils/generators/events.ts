import { isIdentified } from '@shared/domain/contact';
import type { RecordFields } from '@shared/domain/recordSchemas';
import { clickTargets, demoWebsite, goals, referrers, websitePages } from './catalog';
import type { DemoPeople } from './contacts';
import { addMs, dayMs, demoId, hourMs, momentAround, scaledCount, type DemoContext, type DemoRecord } from './demoContext';

const baseEventCount = 20_000;
export const pageVisitEvent = 'page_visit';

type Event = DemoRecord<'events'>;
type EventBody = Omit<RecordFields<'events'>, 'contactId' | 'time'>;
type Product = { id: string; name: string; priceMinor: number };

const maxSessionLength = 8;
const maxStepMs = 5 * 60_000;

// Events come in sessions: one contact, a few actions minutes apart, within the last 90 days.
export function generateEvents(ctx: DemoContext, people: DemoPeople): Event[] {
  const products = productCatalog(ctx);
  const contacts = [...people.identified, ...people.anonymous];
  const total = scaledCount(ctx, baseEventCount);
  const events: Event[] = [];
  while (events.length < total) {
    const contact = ctx.faker.helpers.arrayElement(contacts);
    const anonymous = !isIdentified(contact);
    const length = Math.min(total - events.length, ctx.faker.number.int({ min: 1, max: maxSessionLength }));
    // Late enough in the window that the whole session still ends before the reference date.
    let time = momentAround(ctx, -90 * dayMs, -(maxSessionLength * maxStepMs) - hourMs);
    for (let step = 0; step < length; step += 1) {
      // Anonymous visitors are only ever seen browsing; only identified people click, convert and buy.
      const body = step === 0 || anonymous ? pageVisit(ctx) : action(ctx, products);
      events.push({ id: demoId(ctx), contactId: contact.id, time: time.toISOString(), ...body });
      time = addMs(time, ctx.faker.number.int({ min: 5_000, max: maxStepMs }));
    }
  }
  return events;
}

function productCatalog(ctx: DemoContext): Product[] {
  return Array.from({ length: 10 }, (_, index) => ({
    id: `sku-${1001 + index}`,
    name: ctx.faker.commerce.productName(),
    priceMinor: ctx.faker.number.int({ min: 9, max: 499 }) * 100 - 1,
  }));
}

function simple(name: string, properties: EventBody['properties']): EventBody {
  return { name, kind: 'simple', properties, productId: null, productName: null, valueMinor: null };
}

function pageVisit(ctx: DemoContext): EventBody {
  const page = ctx.faker.helpers.arrayElement(websitePages);
  return simple(pageVisitEvent, { url: `${demoWebsite}${page.path}`, title: page.title, referrer: ctx.faker.helpers.arrayElement(referrers) });
}

function action(ctx: DemoContext, products: Product[]): EventBody {
  const { faker } = ctx;
  const kind = faker.helpers.weightedArrayElement([
    { weight: 55, value: 'visit' },
    { weight: 20, value: 'click' },
    { weight: 8, value: 'goal' },
    { weight: 17, value: 'product' },
  ] as const);
  if (kind === 'visit') return pageVisit(ctx);
  if (kind === 'click') return simple('click', { element: faker.helpers.arrayElement(clickTargets), url: `${demoWebsite}${faker.helpers.arrayElement(websitePages).path}` });
  if (kind === 'goal') return simple('goal', { goal: faker.helpers.arrayElement(goals) });
  return productEvent(ctx, faker.helpers.arrayElement(products));
}

// Shoppers mostly look, sometimes add to the cart and now and then buy.
function productEvent(ctx: DemoContext, product: Product): EventBody {
  const name = ctx.faker.helpers.weightedArrayElement([
    { weight: 60, value: 'product_viewed' },
    { weight: 25, value: 'added_to_cart' },
    { weight: 15, value: 'purchased' },
  ]);
  const quantity = name === 'product_viewed' ? 1 : ctx.faker.number.int({ min: 1, max: 3 });
  return {
    name,
    kind: 'product',
    properties: { quantity },
    productId: product.id,
    productName: product.name,
    valueMinor: product.priceMinor * quantity,
  };
}

// A contact was last seen at their latest event.
export function stampLastSeen(contacts: DemoRecord<'contacts'>[], events: Event[]): void {
  const latest = new Map<string, string>();
  for (const { contactId, time } of events) if ((latest.get(contactId) ?? '') < time) latest.set(contactId, time);
  for (const contact of contacts) contact.lastSeenAt = latest.get(contact.id) ?? null;
}
