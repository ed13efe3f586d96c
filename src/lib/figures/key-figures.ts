import type { DatasetName } from "../../schemas/index";

/**
 * The cover's key figures: which record's figure to show and an editorial label for it. The
 * numbers themselves come from the records; a missing record stops the build.
 */
export const KEY_FIGURES: { dataset: DatasetName; record: string; field: string; label: string }[] = [
  {
    dataset: "economy",
    record: "wanzhou-gdp-growth-2021h1",
    field: "figure",
    label: "上半年地区生产总值同比增长，与全市持平",
  },
  {
    dataset: "economy",
    record: "wanzhou-gdp-growth-rank-change-2021h1",
    field: "figure",
    label: "增速的全市排名，较去年同期",
  },
  {
    dataset: "projects",
    record: "edz-groundbreaking-2021-10-17",
    field: "figures[1]",
    label: "万州经开区集中开工项目总投资",
  },
  { dataset: "investments", record: "wankaiyun-signing", field: "figures[1]", label: "“万开云”三地签约协议总投资" },
  { dataset: "transport", record: "new-air-routes", field: "figures[0]", label: "新开通航线" },
  { dataset: "transport", record: "wanyun-water-bus", field: "figures[1]", label: "万云“水上巴士”累计运送旅客" },
];
