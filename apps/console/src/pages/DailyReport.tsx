export function DailyReport() {
  return <h1>DailyReport</h1>;
}
