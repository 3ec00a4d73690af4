import { route } from '@/lib/http/handler';
import { registerBuyer } from '@/lib/account/register';
import { registrationSchema } from '@/lib/account/registration-schema';

export const POST = route({ access: { public: true }, body: registrationSchema, rateLimit: 20 }, async ({ body }) =>
  Response.json(await registerBuyer(body), { status: 201 }),
);
