// Shared by the registration form (browser) and the route handler, so it must not import server code.
import { z } from 'zod';

export const registrationSchema = z.object({
  name: z.string().trim().min(2, 'Please tell us your name').max(100),
  email: z.string().trim().toLowerCase().email('Please enter a valid email address'),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
  company: z.string().trim().max(200).optional(),
});
export type Registration = z.infer<typeof registrationSchema>;
