import { route } from '@/lib/http/handler';
import { listReplyTemplates } from '@/lib/email/templates-admin';

export const GET = route({ access: { roles: ['ADMIN'] } }, async () => ({ items: await listReplyTemplates() }));
