import { notFound } from 'next/navigation';

// The page of every unknown address under a staff area ([...missing] in each): the staff not-found inside the
// shell, where the shop's 404 page would otherwise answer. It and the record pages sit outside each area's
// (skeleton) group: under a loading.tsx the response would start streaming with 200 before notFound() runs.
export default function MissingStaffPage(): never {
  notFound();
}
