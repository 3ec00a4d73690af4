import { notFound } from 'next/navigation';

// The page of every unknown address under a staff area ([...missing] in each): the staff not-found inside the
// shell, where the shop's 404 page would otherwise answer.
export default function MissingStaffPage(): never {
  notFound();
}
