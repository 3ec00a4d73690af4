/** The person an order is for, and their company when there is one; the invoice names them whichever address it goes to. */
export function BuyerName({ contactName, company }: { contactName: string; company?: string | null }) {
  return (
    <>
      {contactName}
      {company && <> · {company}</>}
    </>
  );
}
