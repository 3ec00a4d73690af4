import { route } from '@/lib/http/handler';
import { writeAccess } from '@/lib/sales/api';
import { bulkUpdate } from '@/lib/sales/bulk';
import { bulkSchema } from '@/lib/sales/schemas';

export const POST = route({ access: writeAccess, body: bulkSchema, invalidStatus: 422 }, ({ caller, body }) => bulkUpdate(caller, body));

export const dynamic = 'force-dynamic';
