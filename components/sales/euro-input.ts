// Cents shown in a form's euro field: whole euros without decimals.
export const eurosInput = (cents: number) => (cents % 100 ? (cents / 100).toFixed(2) : String(cents / 100));
